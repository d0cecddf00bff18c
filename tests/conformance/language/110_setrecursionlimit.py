# sys.setrecursionlimit changes where RecursionError is raised.
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(sys.getrecursionlimit())
try:
    depth(1500)
except RecursionError as e:
    print("1500 deep with the default limit:", type(e).__name__, e)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(1500), depth(2500))
sys.setrecursionlimit(100)
try:
    depth(200)
except RecursionError as e:
    print("200 deep with limit 100:", type(e).__name__, e)
print(depth(50))
def probe():
    n = 0
    def go():
        nonlocal n
        n += 1
        go()
    try:
        go()
    except RecursionError:
        pass
    return n
print("limit 100 allows between 50 and 100 frames:", 50 < probe() <= 100)
sys.setrecursionlimit(1000)
print(depth(800))
