# generator.send: the value becomes the result of the yield expression.
def echo():
    print("  started")
    received = None
    while True:
        received = yield received
        print("  received", received)
g = echo()
print(g.send(None))
print(g.send("hello"))
print(g.send(42))
print(next(g))
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = averager()
next(avg)
for v in [10, 20, 30, 5]:
    print("average", avg.send(v))
try:
    echo().send("not None")
except TypeError as e:
    print("TypeError:", e)
def accumulate():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x
acc = accumulate()
next(acc)
acc.send(1)
acc.send(2)
try:
    acc.send(None)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
def two_way():
    x = yield 1
    y = yield x * 10
    yield x + y
t = two_way()
print(next(t), t.send(3), t.send(4))
try:
    t.send(5)
except StopIteration as e:
    print("done", repr(e.value))
