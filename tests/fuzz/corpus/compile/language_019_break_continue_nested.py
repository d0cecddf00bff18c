# break and continue only affect the innermost loop; flags and for-else for outer exits.
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print("found", found)
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
result = []
for word in ["apple", "", "banana", "stop", "cherry"]:
    if not word:
        continue
    if word == "stop":
        break
    result.append(word.upper())
print(result)
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("cleanup", i)
