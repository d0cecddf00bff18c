# collections.deque repetition (deque * n, n * deque, *=, with and without maxlen) and the type of
# a subclass's copy, sum and repetition.
from collections import deque
d = deque([1, 2, 3], maxlen=5)
print(d * 2, 2 * d, d * 0, deque() * 10 ** 18, deque([1, 2], maxlen=3) * 10 ** 18)
d *= 3
print(d)
e = deque([1, 2])
e *= -1
print(e, deque("ab") * 3)
try:
    deque([1]) * "x"
except TypeError as x:
    print(x)
class D(deque):
    pass
print(D([1]) * 2, D([1], maxlen=3) + deque([2]), D("xy").copy(), 3 * D([0], maxlen=2))
