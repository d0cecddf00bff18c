# list operations: slicing assignment, concatenation, repetition, comparison, nesting, aliasing.
a = [0, 1, 2, 3, 4, 5]
a[1:3] = ["x"]; print(a)
a[1:1] = [10, 11]; print(a)
a[::2] = "ABC" if len(a[::2]) == 3 else a[::2]; print(a)
a[-2:] = []; print(a)
a[:] = range(4); print(a)
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
print([1, 2] + [3], [0] * 3, 2 * ["ab"], [] * 5)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 3], [2] > [1, 9], [[1]] == [[1]])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
b = a
c = a[:]
b.append(99)
print(a, c, a is b, a is c)
nested = [1, [2, 3]]
shallow = nested.copy()
shallow[1].append(4)
print(nested)
print(sum([[1], [2, 3]], []), list(map(list, zip([1, 2], [3, 4]))))
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * 1.5
except TypeError as e:
    print("TypeError:", e)
lst = [5, 3, 8]
print(max(lst), min(lst), sum(lst), sorted(lst), lst, list(reversed(lst)))
lst[len(lst):] = [1, 2]
print(lst)
stack = []
stack.append(1); stack.append(2)
print(stack.pop(), stack)
self_ref = [1]
self_ref.append(self_ref)
print(self_ref)
print([None] * 2, [[]] * 2, [1, 2][-1], [1, [2, [3, [4]]]])
