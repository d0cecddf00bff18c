# A generator dropped before it finishes is closed: its finally blocks run (GeneratorExit), also
# for an async generator dropped while no event loop runs.
def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers finally")

it = numbers()
print(next(it))
del it
print("after del")

for n in numbers():
    break
print("after break")

async def agen():
    try:
        yield "a"
    finally:
        print("agen finally")

g = agen()
try:
    g.asend(None).send(None)
except StopIteration as e:
    print("got", e.value)
g = None
print("after drop")
