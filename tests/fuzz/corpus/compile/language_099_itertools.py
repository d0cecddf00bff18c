# itertools: count, cycle, islice, chain, product, permutations.
from itertools import count, cycle, islice, chain, product, permutations
import itertools
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)), list(islice(count(5, -2), 4)))
c = count(3)
print(next(c), next(c), repr(c), repr(count(1, 2)), repr(count(0.5)))
print(list(islice(cycle("abc"), 8)), list(islice(cycle([1, 2]), 5)), list(cycle([])))
print(list(islice(range(20), 3, 12, 4)), list(islice("abcdef", 2)), list(islice("abcdef", 2, None)), list(islice([1, 2], 5)))
print(list(chain([1, 2], "ab", (3,))), list(chain()), list(chain.from_iterable([[1], [2, 3], []])))
print(list(product("ab", [0, 1])), list(product(range(2), repeat=3))[:4], len(list(product("abc", repeat=2))))
print(list(product()), list(product([], [1])), list(product([1, 2], "x", (True,))))
print(list(permutations([1, 2, 3])), list(permutations("abcd", 2))[:5], len(list(permutations(range(5), 3))))
print(list(permutations([])), list(permutations([1], 2)), list(permutations("ab", 0)))
for i, color in zip(count(1), cycle(["red", "green"])):
    if i > 4:
        break
    print(i, color)
it = islice(count(), 2, 6)
print(type(it).__name__, list(it), list(it))
try:
    islice([1], -1)
except ValueError as e:
    print("ValueError:", e)
words = ["".join(p) for p in permutations("tea")]
print(words, sorted(set(words)) == sorted(words))
print(sum(1 for a, b in product(range(1, 7), repeat=2) if a + b == 7))
print(list(itertools.islice(itertools.chain(count(100), [1]), 3)))
