# Assignment expressions (the walrus operator).
data = [1, 5, 12, 7, 30, 2]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")
print([y for x in data if (y := x * 2) > 10])
print(y)
total = 0
print([total := total + x for x in data])
print("total", total)
values = iter([3, 2, 1, 0, 9])
while (v := next(values)) != 0:
    print("got", v)
print("stopped at", v)
def f(x):
    print("  f", x)
    return x * x
print([r for x in range(5) if (r := f(x)) % 2 == 0])
print((a := 10) + a, a)
print(any((hit := x) > 10 for x in data), hit)
print(all((miss := x) < 10 for x in data), miss)
match = None
for word in ["alpha", "beta", "gamma"]:
    if (l := len(word)) == 4:
        match = word
        break
print(match, l)
print([(i, sq) for i in range(4) if (sq := i * i) >= 4])
