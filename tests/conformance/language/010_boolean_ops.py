# and / or return one of their operands and short-circuit.
def t(name, value):
    print("  eval", name)
    return value
print("and:", t("a", 0) and t("b", 1))
print("and:", t("a", 2) and t("b", 3))
print("or:", t("a", 0) or t("b", ""))
print("or:", t("a", "x") or t("b", "y"))
print("mix:", t("a", 0) or t("b", 5) and t("c", 6))
print("not:", not t("a", []))
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, [] and {}, "" or [] or {} or ())
print([] or [1], [1] or [], "a" and "b", 0.0 or -0.0)
name = ""
print(name or "anonymous")
items = [3, 0, 5]
print(items and items[0], [] and [][0])
print(all(x for x in items) or "some zero")
x = 7
print(x > 5 and "big" or "small", x > 50 and "big" or "small")
print(not 0, not 1, not "", not "a", not not "a")
print(True and False or True, False or False and True)
