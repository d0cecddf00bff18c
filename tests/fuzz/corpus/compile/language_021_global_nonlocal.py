# global and nonlocal declarations.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print("counter", counter)
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    print("before", x)
    inner()
    print("after", x)
outer()
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get())
inc2, get2 = make_counter()
inc2()
print(get(), get2())
x = "global x"
def shadow():
    x = "local x"
    def show():
        return x
    return show()
print(shadow(), x)
def deep():
    v = 1
    def level1():
        def level2():
            nonlocal v
            v += 10
        level2()
    level1()
    return v
print(deep())
def read_global():
    return counter * 100
print(read_global())
def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    counter = 5
unbound()
