# Unbounded recursion raises RecursionError, which can be caught; the program continues.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print("still running")
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print(type(e).__name__, e)
class Node:
    def __init__(self):
        self.child = self
    def size(self):
        return 1 + self.child.size()
try:
    Node().size()
except RecursionError as e:
    print(type(e).__name__, e)
print(isinstance(RecursionError(), RuntimeError))
def count_depth():
    depth = 0
    def go():
        nonlocal depth
        depth += 1
        go()
    try:
        go()
    except RecursionError:
        pass
    return depth
d = count_depth()
print("depth reached is between 900 and 1000:", 900 < d <= 1000)
print("recovered", sum(range(10)))
