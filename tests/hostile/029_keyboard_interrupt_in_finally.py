# expect: KeyboardInterrupt
# flags: --interrupt-at 0.3
try:
    pass
finally:
    while True:
        pass
