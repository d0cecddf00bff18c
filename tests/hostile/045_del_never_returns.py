# expect: ok
# flags: --interrupt-at 0.5
# A __del__ that never returns: Ctrl+C stops it, as an ignored error, and the program goes on.
class Stuck:
    def __del__(self):
        while True:
            pass
Stuck()
print("survived")
