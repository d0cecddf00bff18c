# str methods: searching, splitting, joining, replacing, stripping.
s = "Hello, World! Hello, Python!"
print(s.find("Hello"), s.find("Hello", 1), s.find("xyz"), s.rfind("Hello"), s.index("World"), s.rindex("o"))
print(s.count("Hello"), s.count("l"), s.count("l", 5, 15), s.count(""))
print(s.startswith("Hello"), s.startswith(("Hi", "He")), s.endswith("!"), s.endswith("Python", 0, -1))
print(s.replace("Hello", "Bye"), s.replace("l", "L", 2), s.replace("", "-")[:10])
print(s.split(), s.split(", "), s.split("l", 2), s.rsplit("l", 2))
print("a,b,,c".split(","), "  spaced   out  ".split(), "a b c".split(None, 1), "".split(), "".split(","))
print("line1\nline2\r\nline3\n".splitlines(), "x\ny\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(4)))
print(repr("  pad  ".strip()), repr("  pad  ".lstrip()), repr("  pad  ".rstrip()), "xxhixx".strip("x"), "abcba".strip("ab"))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="))
print("www.example.com".removeprefix("www."), "file.py".removesuffix(".py"), "abc".removeprefix("x"))
try:
    s.index("missing")
except ValueError as e:
    print("ValueError:", e)
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("a\tb".expandtabs(4), "ab".center(6, "*"), "%".join("123"))
print("mississippi".split("ss"), "mississippi".replace("ss", "SS"), "aaa".replace("a", "b", 0))
print("one two  three".split(" "), "a-b-c".rsplit("-", 1))
