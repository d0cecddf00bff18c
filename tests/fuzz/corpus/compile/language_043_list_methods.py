# list methods.
lst = [3, 1, 4]
lst.append(1); print(lst)
lst.extend([5, 9]); print(lst)
lst.extend("ab"); print(lst)
lst.insert(0, "first"); lst.insert(100, "last"); lst.insert(-1, "before last"); print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove("a"); print(lst)
print(lst.index(1), lst.index(1, 2), lst.count(1), lst.count(99))
lst.reverse(); print(lst)
nums = [5, 2, 8, 1, 9, 3]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
copy = nums.copy(); copy.append(0)
print(nums, copy)
copy.clear(); print(copy, len(copy))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [3, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"k": 1}))
a = [1, 2, 3]
print(a.append(4), a.extend([]), a.sort(), a.reverse(), a)
print(len(a), a * 2, a + [0], 3 in a, a.__len__())
