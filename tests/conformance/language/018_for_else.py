# for loops over various iterables, with else, break and continue.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for ch in "abc":
    print(ch, end=" ")
print()
for i, ch in enumerate("xyz", start=1):
    print(i, ch)
for k in {"b": 1, "a": 2}:
    print("key", k)
for k, v in {"b": 1, "a": 2}.items():
    print(k, "=", v)
for x in []:
    print("never")
else:
    print("empty loop else")
for x in range(10):
    if x % 3:
        continue
    print("multiple of 3:", x)
else:
    print("loop completed")
total = 0
for row in [[1, 2], [3, 4], [5, 6]]:
    for cell in row:
        total += cell
print("total", total)
for a, b in zip([1, 2, 3], "abcd"):
    print(a, b)
for i in range(3):
    pass
print("i after loop", i)
nums = [1, 2, 3]
for n in nums:
    if n == 2:
        nums.append(4)
    print("visit", n)
for x in reversed(range(3)):
    print("rev", x)
for x, in [(1,), (2,)]:
    print("single", x)
