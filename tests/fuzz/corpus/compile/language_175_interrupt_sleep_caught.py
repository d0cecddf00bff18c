# A Ctrl+C (manifest interrupt_at) during time.sleep is a KeyboardInterrupt the program catches.
import time
print("press Ctrl+C to stop")
ticks = 0
try:
    while True:
        time.sleep(0.1)
        ticks += 1
except KeyboardInterrupt:
    print("interrupted after some ticks:", ticks >= 1)
print("clean exit")
