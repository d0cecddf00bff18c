# A Ctrl+C (manifest interrupt_at) during time.sleep, not caught: traceback and CPython's SIGINT exit.
import time
def wait_forever():
    while True:
        time.sleep(1)
print("waiting")
wait_forever()
