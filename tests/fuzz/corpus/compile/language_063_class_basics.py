# Classes: __init__, methods, instance and class attributes.
class Dog:
    species = "Canis familiaris"
    count = 0
    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1
    def description(self):
        return f"{self.name} is {self.age} years old"
    def speak(self, sound="Woof"):
        return f"{self.name} says {sound}"
    def birthday(self):
        self.age += 1
        return self
a = Dog("Rex", 3)
b = Dog("Fido", 5)
print(a.description(), "|", b.speak(), "|", b.speak("Grr"))
print(a.species, b.species, Dog.species, Dog.count)
a.species = "robot dog"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
print(a.birthday().birthday().age)
print(Dog.description(b), Dog.__name__, Dog.__qualname__, Dog.__module__)
print(type(a).__name__, a.__class__.__name__, isinstance(a, Dog))
print(sorted(a.__dict__), a.__dict__)
class Empty:
    pass
e = Empty()
e.anything = 42
print(e.anything, Empty.__bases__, Empty.__mro__)
print(Dog, Empty, type(Dog))
class Counter:
    def __init__(self):
        self.value = 0
    def increment(self, by=1):
        self.value += by
c1, c2 = Counter(), Counter()
c1.increment(); c1.increment(5); c2.increment()
print(c1.value, c2.value)
m = c1.increment
m(100)
print(c1.value, m.__self__ is c1, m.__func__ is Counter.increment, m.__name__)
try:
    Dog("only name")
except TypeError as e:
    print("TypeError:", e)
try:
    a.bark()
except AttributeError as e:
    print("AttributeError:", e)
class NoInit:
    x = 1
try:
    NoInit(5)
except TypeError as e:
    print("TypeError:", e)
