# A Ctrl+C (manifest interrupt_at) during a busy loop that never sleeps or calls anything.
print("spinning")
n = 0
try:
    while True:
        n += 1
except KeyboardInterrupt:
    print("interrupted, loop ran:", n > 0)
