# Starts a shell in a new session through the built-in _posixsubprocess.fork_exec, the C
# half of subprocess, which needs no module from disk. Must be a runtime error; the file
# must not exist afterwards and no process may outlive the judge.
import _posixsubprocess

argv = [b"/bin/sh", b"-c", b"touch /tmp/judge-attack-posixsubprocess-py; sleep 1000"]
# args, executable_list, close_fds, pass_fds, cwd, env, six pipe ends, errpipe_read and
# _write, restore_signals, call_setsid, pgid_to_set, gid, extra_groups, uid, umask,
# preexec_fn, and since 3.11.5 allow_vfork.
common = [argv, [argv[0]], False, (), None, None, -1, -1, -1, -1, -1, -1, -1, -1, False, True, -1,
          None, None, None, -1, None]
try:
    pid = _posixsubprocess.fork_exec(*common, False)
except TypeError:
    pid = _posixsubprocess.fork_exec(*common)
print(f"escaped: started pid {pid}")
