# Plants a symlink /tmp/judge-attack-symlink-py -> /etc/passwd (a trap for whoever writes
# there next, or a way around a path check) and reads through it. Must be a runtime error;
# the link must not exist afterwards and the file's content never shows.
import os
import sys

os.symlink("/etc/passwd", "/tmp/judge-attack-symlink-py")
text = open("/tmp/judge-attack-symlink-py").read()
print(text)
sys.stderr.write(text)
