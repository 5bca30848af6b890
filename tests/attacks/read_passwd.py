# Reads /etc/passwd and shows it on stdout and stderr, where a report would quote it.
# Must be a runtime error, and no line of the file may appear in the report.
import sys

text = open("/etc/passwd").read()
print(text)
sys.stderr.write(text)
