# Indexing and slicing sequences (str, list, tuple) with steps.
s = "abcdefghij"
print(s[0], s[9], s[-1], s[-10])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1], s[-1:-4:-1])
print(s[100:], s[-100:3], s[3:1], s[5:100], repr(s[10:]))
print(s[1:9:3], s[None:None:3], s[slice(2, 6)], s[slice(None, None, -3)])
lst = list(range(10))
print(lst[2:8:2], lst[::-3], lst[-2:], lst[:0])
t = tuple("python")
print(t[1:4], t[::-1], t[-2:])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    lst[-11]
except IndexError as e:
    print("IndexError:", e)
try:
    t[6]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "X"
except TypeError as e:
    print("TypeError:", e)
word = "racecar"
print(word == word[::-1], "python"[::-1].upper())
print(s[True], s[False:True + 2])
