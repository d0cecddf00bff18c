# An explicitly raised, uncaught KeyboardInterrupt: traceback on stderr, and CPython then ends itself by SIGINT.
def long_task():
    for i in range(3):
        print("step", i)
    raise KeyboardInterrupt
long_task()
