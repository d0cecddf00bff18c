# str methods: case, predicates, padding.
s = "hello wORLD, it's 3 o'clock"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("ß".upper(), "ǅ".lower(), "İ".lower() == "i̇", "ﬁ".upper())
for t in ["abc", "ABC", "Abc", "123", "abc123", "", "   ", "Title Case", "½", "²", "a b"]:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isupper(), t.islower(), t.isspace(), t.istitle(), t.isdecimal(), t.isnumeric())
print("x".isidentifier(), "1x".isidentifier(), "_ok".isidentifier(), "print".isidentifier(), "abc".isascii(), "é".isascii())
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("[" + "hi".ljust(6) + "]", "[" + "hi".rjust(6, ".") + "]", "[" + "hi".center(7, "-") + "]", "[" + "hi".center(6) + "]")
print("Hello".lower().startswith("he"), "MiXeD".swapcase())
print(str.upper("x"), str.join("+", "ab"), "a".__add__("b"), "ab" * 3, 3 * "-")
print("hello world".title(), "they're bill's".title(), "HELLO".capitalize())
print(len("hello"), "hello"[1], "hello"[-1], min("hello"), max("hello"), sorted("hello"))
print("abc" < "abd", "a" * 0 == "", "Z" < "a", ord("a") - ord("A"))
print("tEST".istitle(), "Test Me".istitle(), "\t\n".isspace(), "٣".isdigit())
print("x".join([]), "-".join(["only"]))
