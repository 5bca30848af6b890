# Thread bomb: starts spinning threads until something gives. Threads are forbidden to
# Python solutions: runtime error, and nothing may outlive the judge.
import _thread


def spin():
    while True:
        pass


while True:
    _thread.start_new_thread(spin, ())
