# A seeded dice game simulation.
import random
random.seed(2023)
players = ["Ann", "Bob", "Cy"]
scores = {p: 0 for p in players}
for round_no in range(1, 6):
    rolls = {p: (random.randint(1, 6), random.randint(1, 6)) for p in players}
    for p, (a, b) in rolls.items():
        bonus = 5 if a == b else 0
        scores[p] += a + b + bonus
        print(f"round {round_no}: {p:>3} rolled {a}+{b}{' double!' if bonus else ''}")
print(scores)
winner = max(scores, key=scores.get)
print("winner:", winner)
random.seed(99)
secret = random.randint(1, 100)
lo, hi, guesses = 1, 100, 0
while True:
    guess = (lo + hi) // 2
    guesses += 1
    if guess == secret:
        break
    if guess < secret:
        lo = guess + 1
    else:
        hi = guess - 1
print("found", secret, "in", guesses, "guesses")
words = ["apple", "banana", "cherry", "date", "elder"]
random.seed(5)
random.shuffle(words)
print(words, random.choice(words), round(random.uniform(0, 100), 3))
print([random.randrange(0, 100, 7) for _ in range(6)])
