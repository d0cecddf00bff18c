# Uncaught TypeError from an unsupported operand.
age = 30
print("Next year: " + (age + 1))
