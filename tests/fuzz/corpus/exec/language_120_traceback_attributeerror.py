# Uncaught AttributeError on a built-in type.
count = 5
print("count is", count)
count.append(6)
