# A missing colon after def.
def greet(name)
    return "hi " + name
