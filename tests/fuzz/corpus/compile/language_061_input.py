# input() reads a line from stdin (the prompt goes to stdout); EOFError at the end.
name = input("Your name? ")
print(f"Hello, {name}!")
age = int(input("Age: "))
print("Next year you will be", age + 1)
numbers = [int(x) for x in input().split()]
print("sum", sum(numbers), "max", max(numbers))
line = input()
print(repr(line))
spaced = input("> ")
print(repr(spaced))
count = 0
while True:
    try:
        line = input()
    except EOFError:
        print("EOF after", count, "more lines")
        break
    count += 1
    print("line:", line.upper())
try:
    input("again? ")
except EOFError as e:
    print("EOFError:", repr(e))
