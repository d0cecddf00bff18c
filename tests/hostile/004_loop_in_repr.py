# expect: KeyboardInterrupt
# flags: --interrupt-at 0.3
class Forever:
    def __repr__(self):
        while True:
            pass
print(repr(Forever()))
