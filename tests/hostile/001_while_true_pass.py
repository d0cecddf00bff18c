# expect: KeyboardInterrupt
# flags: --interrupt-at 0.3
while True:
    pass
