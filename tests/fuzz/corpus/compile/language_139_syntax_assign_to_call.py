# Assigning to a literal and to a function call.
print("never runs")
f() = 5
