# Word statistics over a paragraph.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity."""
words = [w.strip(".,").lower() for w in text.split()]
print(len(words), "words,", len(set(words)), "distinct")
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:<8} {n:>2} {'#' * n}")
longest = max(words, key=len)
print("longest:", longest, len(longest))
print("capitalised:", " ".join(w.capitalize() for w in words[:6]))
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i}: {len(line):3d} chars, {line.count('it'):d} x 'it'")
vowels = sum(1 for ch in text.lower() if ch in "aeiou")
print("vowels:", vowels)
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
print(text.replace("it was", "IT WAS", 2).splitlines()[0])
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar)
print(" ".join(reversed("one two three".split())), "palindrome"[::-1])
by_length = {}
for w in sorted(set(words)):
    by_length.setdefault(len(w), []).append(w)
print(dict(sorted(by_length.items())))
