# Unicode text, escapes and string reprs.
s = "héllo wörld ✓ 日本 🐍"
print(s, len(s), s.upper())
print([ord(c) for c in "aé✓🐍"], chr(233), chr(0x1F40D), chr(10003), chr(97))
print(s[1], s[-1], s[12:14], s[::-1])
print(repr("tab\there"), repr("new\nline"), repr("back\\slash"), repr("nul\x00"), repr("bell\a"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x7f"), repr("\u200b"), repr("é"), repr("🐍"))
print("\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}", "\x41\102\u0043", len("\n"), "a\
b")
print(r"raw \n stays", len(r"\n"), r"C:\path\to")
print("""triple
quoted""", '''single
triple''')
print("concat" "enated", ("implicit "
      "join"))
print(ascii("héllo ✓"), ascii("plain"))
print("é".encode("utf-8") == b"\xc3\xa9", len("🐍".encode("utf-8")))
print("abc".translate({97: "A", 98: None}), str.maketrans("ab", "xy") == {97: 120, 98: 121})
print("straße".casefold() == "STRASSE".casefold(), "café".find("é"))
print(repr(""), repr(" "), repr("'"), repr('"'), str("x"), str(12), str([1, "a"]))
print("%s|%r" % ("ü", "ü"), f"{'ü'!r:>6}|")
print(sorted(["b", "a", "B", "é", "A"]), "a" < "é", max("zé"))
for ch in "a1 _\t":
    print(repr(ch), ch.isalnum())
