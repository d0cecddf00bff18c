# __del__: runs when the last reference goes (del, a function's locals, a cleared list), once per
# object even if it resurrects itself; an error in it is reported and ignored; objects the main
# module still holds are finalized at exit, in the order of its globals.
class A:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
a = A("a"); del a
print("x")
def f():
    b = A("local")
    print("in f")
f()
print("after f")
class Bad:
    def __del__(self): raise ValueError("oops")
Bad()
print("after bad")
saved = []
class Phoenix:
    def __del__(self):
        print("phoenix del")
        saved.append(self)
Phoenix()
print(len(saved))
saved.clear()
print("cleared")
class Child(A): pass
c = Child("child"); c = None
l = [A("in list")]; l.clear()
print("end")
last = A("global at exit")
also = A("second global at exit")
