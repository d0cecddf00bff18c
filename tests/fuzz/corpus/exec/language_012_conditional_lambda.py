# Conditional expressions and lambdas.
for n in range(-2, 3):
    print(n, "positive" if n > 0 else "zero" if n == 0 else "negative")
sign = lambda n: (n > 0) - (n < 0)
print([sign(n) for n in (-5, 0, 5)])
add = lambda a, b=10, *rest, **kw: (a, b, rest, kw)
print(add(1), add(1, 2), add(1, 2, 3, 4), add(1, k="v"))
kwonly = lambda *, x: x * 2
print(kwonly(x=21))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(list(map(lambda x: x ** 2, range(6))))
print(list(filter(lambda s: len(s) > 2, ["a", "abc", "de", "fghi"])))
funcs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in funcs])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
print((lambda: "no args")())
print((lambda *a: sum(a))(1, 2, 3))
print(type(lambda: 0).__name__, (lambda: 0).__name__)
y = 1 if [] else 2
print(y, "yes" if "nonempty" else "no", [x if x % 2 else -x for x in range(5)])
