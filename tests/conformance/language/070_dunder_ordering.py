# Rich comparisons: __lt__, __le__, __gt__, __ge__ and reflection.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        print(f"  {self} < {other}")
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("2.0") > Version("1.0"))
print(Version("2.0") >= Version("2.0"))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
print(OnlyLt(1) < OnlyLt(2), OnlyLt(3) > OnlyLt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
try:
    Version("1.0") < 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    OnlyLt(1) < 3
except AttributeError as e:
    print("AttributeError:", e)
class Plain:
    pass
try:
    Plain() < Plain()
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < "a"
except TypeError as e:
    print("TypeError:", e)
try:
    None > 0
except TypeError as e:
    print("TypeError:", e)
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)], key=lambda o: o.v)[0].v)
