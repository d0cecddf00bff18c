# f-strings: expressions, conversions, format specs, the = specifier, nesting.
name = "Ada"
age = 36
pi = 3.14159265
print(f"{name} is {age} years old")
print(f"{name!r} {name!s} {name!a}", f"{'é'!a}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:^10.0f}| {pi:+.1e}")
print(f"{age:5d}|{age:<5d}|{age:^5}|{age:05d}|{age:x}|{age:#o}|{age:b}")
print(f"{1234567:,} {1234567:_} {0.5:%} {0.125:.1%}")
print(f"{age=}", f"{name=!s}", f"{pi=:.3f}", f"{age + 1 = }")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}]", f"[{name:>{width}}]", f"[{name:*^{width}}]")
print(f"{'nested ' + name.upper()}", f"{[x * 2 for x in range(3)]}", f"{ {'k': 1}['k'] }")
print(f"{{literal braces}} {{{age}}}")
print(f"{3 if age > 30 else 4}", f"{(lambda x: x * 2)(4)}")
items = {"apple": 1.5, "kiwi": 0.25}
for item, price in items.items():
    print(f"{item:<8}{price:>6.2f}")
print(f"{None}", f"{True}", f"{[1, 'a']}", f"{(1,)}")
class P:
    def __repr__(self): return "P()"
    def __str__(self): return "p-str"
    def __format__(self, spec): return "fmt:" + spec
print(f"{P()}", f"{P()!r}", f"{P()!s}", f"{P():xyz}")
print(f"{'multi'}" f"{'part'}" "plain")
print(f"{-5:+}", f"{5:+}", f"{5: }", f"{-0.0}", f"{1e20:.3g}", f"{123.456:g}")
value = 42
print(f"{value:{'>' if value > 10 else '<'}8}|")
print(f"{'tab':\t>6}" == "\t\t\ttab" or "fill ok")
print(F"upper F {value}", rf"raw {value}\n")
