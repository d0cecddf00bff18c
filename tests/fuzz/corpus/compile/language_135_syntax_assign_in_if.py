# Assignment instead of comparison in an if.
x = 3
if x = 3:
    print("three")
