# random with a fixed seed reproduces CPython's Mersenne Twister sequence exactly.
import random
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.choice(range(100)))
items = list(range(10))
random.shuffle(items)
print(items)
print([random.randrange(10) for _ in range(5)], random.randrange(5, 50, 5), random.randrange(-10, 10))
print(random.uniform(1, 2), random.uniform(10, -10))
random.seed(0)
print(random.random(), random.randint(0, 100), random.randint(-5, 5))
random.seed(123)
deck = [r + s for s in "SH" for r in "A23"]
random.shuffle(deck)
print(deck, random.choice(deck))
random.seed(2024)
print([round(random.random(), 6) for _ in range(3)], random.randint(1, 10 ** 12))
random.seed(7)
rolls = [random.randint(1, 6) for _ in range(1000)]
print([rolls.count(i) for i in range(1, 7)], sum(rolls))
random.seed(1)
a = [random.random() for _ in range(3)]
random.seed(1)
b = [random.random() for _ in range(3)]
print(a == b)
print(random.randint(2 ** 40, 2 ** 41), random.randrange(0, 2 ** 70))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randrange(0)
except ValueError as e:
    print("ValueError:", e)
r = random.random()
print(0 <= r < 1)
