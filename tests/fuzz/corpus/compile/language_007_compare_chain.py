# Chained comparisons evaluate each operand once and stop at the first false link.
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 5 >= 5 <= 5, 0 < 0 < 1)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(5) > v(2) == v(2))
x = 5
print(0 < x < 10, 0 < x < 4, x == 5 == 5.0, 1 < x <= 5 < 6)
print("a" < "b" < "c", "abc" < "abd", "Z" < "a", "" < "a", "apple" < "apples")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), (2,) > (1, 99))
print(1 == 1.0, x is not None, 2 != 2.0, 0.1 + 0.2 == 0.3)
print(3 in [1, 2, 3] in [[1, 2, 3]], 1 < 2 in [True])
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a == b == c, a is b is not c, a is c)
print(not 1 < 2, not (1 < 2 < 0))
print(1 < 2 < 3 < 4 < 5 < 6, 1 < 2 < 3 < 4 < 3 < 6)
print({1: 2} == {1: 2}, {1, 2} == {2, 1}, {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2})
print(None == None, None != 0, float("inf") == float("inf"))
