# expect: SyntaxError
# engines: native
print("a")
x = "ÿþ"
