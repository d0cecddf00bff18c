# collections.deque.
from collections import deque
d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1], type(d).__name__)
d.append(4); d.appendleft(0)
print(d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.count(7), d.index(7), 8 in d, list(reversed(d)))
d.remove(7); print(d)
d.insert(1, "ins"); print(d)
d.reverse(); print(d)
d.clear(); print(d, bool(d))
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(list(last3), end=" ")
print()
print(last3, last3.maxlen)
last3.appendleft("L")
print(last3)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1]).remove(5)
except ValueError as e:
    print("ValueError:", e)
q = deque()
q.append("task1"); q.append("task2"); q.append("task3")
while q:
    print("processing", q.popleft())
print(deque("abc"), deque(range(3), maxlen=2), deque([[1], 2]) == deque([[1], 2]), deque([1]) == [1])
d2 = deque([1, 2, 3, 4, 5])
d2[0] = 10
del d2[1]
print(d2, d2 * 2 if False else d2 + deque([9]), d2.copy())
