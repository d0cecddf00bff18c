# FizzBuzz three ways.
for i in range(1, 16):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)
print([("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0)) or i for i in range(1, 16)])
def fizzbuzz(n, rules=((3, "Fizz"), (5, "Buzz"), (7, "Bazz"))):
    out = "".join(word for d, word in rules if n % d == 0)
    return out or str(n)
print(", ".join(fizzbuzz(n) for n in range(1, 22)))
