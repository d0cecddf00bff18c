# expect: ZeroDivisionError
print(sorted([3, 1, 2], key=lambda x: 1 / 0))
