# An exception raised inside a generator appears in the generator's frame.
def numbers():
    yield 1
    yield 2
    raise RuntimeError("generator broke")
def consume():
    for n in numbers():
        print("got", n)
consume()
