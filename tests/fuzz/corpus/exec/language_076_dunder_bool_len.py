# Truth testing: __bool__, then __len__, otherwise always true.
class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__")
        return self.v
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__")
        return self.n
class Neither:
    pass
for obj in [WithBool(True), WithBool(False), WithLen(0), WithLen(2), Neither()]:
    print(type(obj).__name__, bool(obj))
if WithLen(0):
    print("not printed")
else:
    print("empty WithLen is falsy")
print(not WithBool(False), WithBool(True) and "and-result", WithLen(0) or "or-result")
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Both()), len(Both()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
while WithLen(0):
    print("never")
print([x for x in [WithLen(1), WithLen(0)] if x].__len__())
