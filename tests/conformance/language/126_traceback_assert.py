# Uncaught AssertionError with a message.
def check_positive(n):
    assert n > 0, f"expected a positive number, got {n}"
    return n
for n in [3, 1, -2]:
    print(check_positive(n))
