# KeyboardInterrupt is a BaseException: except Exception does not catch it.
def work():
    raise KeyboardInterrupt("pretend Ctrl+C")
try:
    try:
        work()
    except Exception:
        print("not caught here")
    finally:
        print("finally runs on KeyboardInterrupt")
except KeyboardInterrupt as e:
    print("caught KeyboardInterrupt:", repr(e))
try:
    raise KeyboardInterrupt
except BaseException as e:
    print(type(e).__name__, repr(e), e.args)
count = 0
while True:
    try:
        count += 1
        if count == 3:
            raise KeyboardInterrupt
    except KeyboardInterrupt:
        print("stopping after", count, "iterations")
        break
print("exit normally")
