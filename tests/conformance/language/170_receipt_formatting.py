# A formatted receipt: alignment, padding and totals.
items = [("Coffee", 2, 3.5), ("Bagel", 1, 2.25), ("Orange juice", 3, 4.0), ("Muffin", 12, 1.1)]
width = 36
print("=" * width)
print(f"{'RECEIPT':^{width}}")
print("=" * width)
print(f"{'Item':<16}{'Qty':>4}{'Price':>8}{'Total':>8}")
print("-" * width)
subtotal = 0
for name, qty, price in items:
    line = qty * price
    subtotal += line
    print(f"{name:<16}{qty:>4}{price:>8.2f}{line:>8.2f}")
print("-" * width)
tax = subtotal * 0.0825
print(f"{'Subtotal':<28}{subtotal:>8.2f}")
print(f"{'Tax (8.25%)':<28}{tax:>8.2f}")
print(f"{'TOTAL':<28}{subtotal + tax:>8.2f}")
print("%-28s%8.2f" % ("Paid", 60))
print("{:<28}{:>8.2f}".format("Change", 60 - subtotal - tax))
print(f"{'Thank you!':*^{width}}")
for n in [0, 7, 42, 1234567]:
    print(f"|{n:>10,}|{n:<10}|{n:^10}|{n:010}|")
for value in [0.5, 12.345, 1234.5678, 0.001234]:
    print(f"|{value:>12.3f}|{value:>12.3e}|{value:>12.3%}|{value:>12g}|")
