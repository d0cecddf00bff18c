# Uncaught NameError for a misspelt name (CPython suggests the close match).
def greet(name):
    message = "Hello, " + name
    return mesage
print(greet("world"))
