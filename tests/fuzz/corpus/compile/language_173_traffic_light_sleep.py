# A state machine driven by a generator, pausing with time.sleep; durations are printed as TIME: lines.
import time
def traffic_light():
    while True:
        yield "green", 0.03
        yield "yellow", 0.01
        yield "red", 0.02
start = time.monotonic()
light = traffic_light()
for _ in range(6):
    colour, duration = next(light)
    print(f"{colour:<6} for {duration}s")
    time.sleep(duration)
elapsed = time.monotonic() - start
print("TIME: ", round(elapsed, 2))
print("elapsed at least 0.12 s:", elapsed >= 0.12)
