# Leaves a file in /tmp for the next run (or another user) to find. Must be a runtime
# error, and the file must not exist afterwards.
with open("/tmp/judge-attack-write-tmp-py", "w") as f:
    f.write("owned")
print(7919)
