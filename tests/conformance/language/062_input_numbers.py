# A learner-style program: read numbers until a blank line, then summarise.
values = []
while True:
    text = input("number (blank to stop): ")
    if not text:
        break
    try:
        values.append(float(text))
    except ValueError:
        print(f"'{text}' is not a number, skipped")
print()
print("count:", len(values))
print("total:", sum(values))
print("mean: %.3f" % (sum(values) / len(values)))
print("min/max:", min(values), max(values))
answer = input("Continue? [y/n] ").strip().lower()
print("continuing" if answer.startswith("y") else "bye")
