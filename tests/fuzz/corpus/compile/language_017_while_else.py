# while loops with else, break and continue.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while finished normally, i =", i)
n = 10
while n > 0:
    if n == 7:
        print("break at", n)
        break
    n -= 1
else:
    print("not printed")
count = 0
while False:
    count += 1
else:
    print("else runs even if the loop never ran", count)
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 16)])
a, b = 0, 1
fibs = []
while b < 200:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
x = 3
while True:
    x -= 1
    if x < 0:
        break
    print("countdown", x)
print("done")
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
