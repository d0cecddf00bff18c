# expect: RecursionError
import sys
sys.setrecursionlimit(50)
def f(n):
    return f(n + 1)
f(0)
