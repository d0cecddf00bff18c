# expect: ok
for i in range(200000):
    print("line", i, "x" * 50)
