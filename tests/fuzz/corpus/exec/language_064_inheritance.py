# Single inheritance, overriding and super().
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return f"I am {self.name}, a {self.kind}, and I say {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def __init__(self, name, toy):
        super().__init__(name)
        self.toy = toy
    def speak(self):
        return super().speak() + " (squeaky)"
    def intro(self):
        return super().intro() + f" and I love my {self.toy}"
class Cat(Animal):
    kind = "cat"
    def speak(self):
        return "Meow"
for a in [Animal("Generic"), Dog("Rex"), Puppy("Bit", "ball"), Cat("Tom")]:
    print(a.intro())
p = Puppy("Bit", "rope")
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Cat, (Dog, Animal)))
print(Puppy.__bases__, Puppy.__mro__)
print([c.__name__ for c in Puppy.__mro__])
print(Dog.speak(p), Animal.speak(p), super(Puppy, p).speak(), super(Dog, p).speak())
class Base:
    def __init__(self):
        print("Base.__init__")
        self.base_ready = True
class Child(Base):
    def __init__(self):
        print("Child.__init__ start")
        super().__init__()
        print("Child.__init__ end")
c = Child()
print(c.base_ready)
class NoSuper(Base):
    def __init__(self):
        self.own = True
n = NoSuper()
print(hasattr(n, "base_ready"), n.own)
class Inherits(Base):
    pass
print(Inherits().base_ready)
print(type(super(Puppy, p)).__name__)
