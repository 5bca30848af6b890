# Writes to the machine's log through the built-in syslog module (a Unix socket to
# /dev/log): a way out to a file the judge never reads, and a way to flood it. Must be a
# runtime error.
import syslog

syslog.syslog(syslog.LOG_ERR, "judge-attack: escaped to syslog")
print("escaped: logged")
