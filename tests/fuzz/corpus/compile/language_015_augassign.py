# Augmented assignment: every operator, on names, attributes and subscripts.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x /= 3; print(x)
x //= 2; print(x)
x **= 2; print(x)
x %= 7; print(x)
n = 0b1111
n &= 0b1010; print(n)
n |= 0b0100; print(n)
n ^= 0b0001; print(n)
n <<= 3; print(n)
n >>= 2; print(n)
s = "ab"
s += "cd"; s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias)
class C:
    count = 0
c = C()
c.count += 1
c.count += 1
print(c.count, C.count)
d = {"k": 1}
d["k"] += 10
d.setdefault("m", []).append(5)
d["m"] += [6]
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)
calls = []
def key():
    calls.append("key")
    return "k"
d[key()] *= 3
print(d, calls)
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
st -= {2}
print(st)
f = 1.5
f += 1
print(f)
