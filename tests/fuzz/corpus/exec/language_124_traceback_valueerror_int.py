# Uncaught ValueError from int().
values = "10 20 x 40".split()
total = 0
for v in values:
    total += int(v)
    print("running total", total)
