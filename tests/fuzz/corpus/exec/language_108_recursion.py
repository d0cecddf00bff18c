# Recursive functions.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]
def permutations(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in permutations(s[:i] + s[i + 1:])]
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(fact(20), fact(50))
print([fib(i) for i in range(15)])
print(hanoi(3, "A", "C", "B", []), len(hanoi(10, "A", "C", "B", [])))
print(ackermann(2, 3))
print(power_set([1, 2, 3]))
print(permutations("abc"))
print(depth(900))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(7))
def flatten(x):
    return [y for item in x for y in flatten(item)] if isinstance(x, list) else [x]
print(flatten([1, [2, [3, [4, [5]]]], 6]))
def binary_search(xs, target, lo=0, hi=None):
    hi = len(xs) - 1 if hi is None else hi
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    return binary_search(xs, target, mid + 1, hi) if xs[mid] < target else binary_search(xs, target, lo, mid - 1)
data = list(range(0, 100, 3))
print(binary_search(data, 27), binary_search(data, 28))
