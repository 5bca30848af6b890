# Reads the user database through the built-in pwd module (libc's getpwall) rather than
# open(), and shows it where a report would quote it. Must be a runtime error (no user can
# be found), and no line of /etc/passwd may appear in the report.
import pwd
import sys

entries = [":".join(map(str, entry)) for entry in pwd.getpwall()]
if not entries:
    sys.exit(1)
print("\n".join(entries))
sys.stderr.write("\n".join(entries))
