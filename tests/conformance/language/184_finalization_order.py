# The order finalizers run in when a container goes: a list's and a tuple's items last to first,
# a dict's and an instance's attributes first to last (as CPython frees them).
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
l = [A(1), A(2), A(3)]; del l
t = (A(4), A(5)); del t
d = {"a": A(6), "b": A(7)}; del d
l = [A(8), A(9)]; l.clear()
d = {"x": A(10), "y": A(11)}; d.clear()
class Holder:
    pass
h = Holder(); h.p = A(12); h.q = A(13); del h
print("end")
