# Leaves a file in its working directory, which for a Python run may be the judge's own.
# Must be a runtime error, and nothing may be left behind.
with open("judge-attack-write-cwd-py", "w") as f:
    f.write("owned")
print("escaped: wrote a file in the working directory")
