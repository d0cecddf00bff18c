# Starred expressions in displays, assignments and calls; dict unpacking.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*"hi", *range(2)], (*a,))
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100}, dict(**d1))
first, *others = "python"
*start, end = [1, 2, 3]
x, *y, z = range(5)
print(first, others, start, end, x, y, z)
[p, *q] = (1,)
print(p, q)
for head, *tail in ["abc", "de", "f"]:
    print(head, tail)
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, *b, **d1, **{"k": 1}))
print(*[1, 2], *"ab", sep="-")
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [*map(sum, matrix)])
nums = [*range(3), *[n * 10 for n in range(3)]]
print(nums, max(*nums), len([*{}, *()]))
merged = {**{i: i for i in range(3)}, **{2: "two"}}
print(merged)
