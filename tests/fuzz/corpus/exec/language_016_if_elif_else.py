# if / elif / else, truthiness and nesting.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
for value in (0, 1, "", "x", [], [0], None, {}, 0.0):
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")
x = 15
if x % 3 == 0:
    if x % 5 == 0:
        print("FizzBuzz")
    else:
        print("Fizz")
elif x % 5 == 0:
    print("Buzz")
if x > 10: print("one-line if")
if x: pass
else: print("never")
grade = 87
if grade >= 90: letter = "A"
elif grade >= 80: letter = "B"
else: letter = "C"
print(letter)
if not []:
    print("empty list")
if (y := x * 2) > 20:
    print("y", y)
