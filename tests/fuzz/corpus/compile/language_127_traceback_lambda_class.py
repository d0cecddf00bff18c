# Traceback through a lambda, a method and a class body's __init__.
class Parser:
    def __init__(self, text):
        self.items = list(map(lambda s: self.convert(s), text.split(",")))
    def convert(self, s):
        return float(s)
print(Parser("1,2.5").items)
Parser("1,oops,3")
