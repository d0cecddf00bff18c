# Name resolution: local, enclosing, global, built-in.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing()
print(outer(), x)
def uses_builtin():
    return len("abc")
def shadows_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(uses_builtin(), shadows_builtin(), len("still builtin"))
print = print
def conditional_local(flag):
    if flag:
        y = "assigned"
    try:
        return y
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(conditional_local(True), conditional_local(False))
class Scope:
    x = "class"
    def method(self):
        return x
    def method2(self):
        return self.x
print(Scope().method(), Scope().method2())
total = 10
def add_to_total(n):
    global total
    total += n
add_to_total(5)
print(total)
def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
s = counter()
print(s(), s(), s())
for i in range(2):
    loop_var = i
print(i, loop_var)
[j for j in range(3)]
print("j" in globals())
def default_scope(v=x):
    return v
x = "changed"
print(default_scope())
