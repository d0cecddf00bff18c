# expect: ok
# Each __del__ makes another object of its class and drops it: the finalizers nest without end
# until the recursion limit stops them, reported as ignored errors; the program goes on.
class Chain:
    def __del__(self):
        Chain()
Chain()
print("survived")
