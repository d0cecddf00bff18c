# Subclassing built-in types.
class Stack(list):
    def push(self, item):
        self.append(item)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s + [4], type(s + [4]).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        return f"<no {key}>"
d = DefaultDict(a=1)
print(d["a"], d["b"], d, d.get("b"))
class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}°C"
t = Celsius(21.456)
print(t, repr(t), t + 1, type(t + 1).__name__)
class Score(int):
    def grade(self):
        return "pass" if self >= 50 else "fail"
print(Score(70).grade(), Score(20).grade(), Score(7) + 1, type(Score(7) + 1).__name__, repr(Score(3)))
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u.shout(), u + "x", len(u), u == "hey")
class LoggingList(list):
    def append(self, item):
        print("  appending", item)
        super().append(item)
ll = LoggingList()
ll.append(1)
ll.extend([2])
print(ll)
class MyError(ValueError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyError(404, "not found")
except ValueError as e:
    print(e, e.code, e.args)
