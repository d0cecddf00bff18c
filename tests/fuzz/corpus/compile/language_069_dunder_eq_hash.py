# __eq__ and __hash__: equality, dict keys and set members.
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __repr__(self):
        return f"{self.rank}{self.suit}"
a, b, c = Card(10, "h"), Card(10, "h"), Card(2, "s")
print(a == b, a is b, a != c, a == "10h", a != 5)
d = {a: "first"}
d[b] = "second"
print(d, len(d))
hand = {a, b, c}
print(len(hand), Card(2, "s") in hand, a in [b], hand == {c, b})
print([a, c].index(Card(2, "s")), [a, b, c].count(Card(10, "h")))
class NoHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, NoHash) and self.v == other.v
print(NoHash(1) == NoHash(1), NoHash.__hash__ is None)
try:
    {NoHash(1)}
except TypeError as e:
    print("TypeError:", e)
class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"  {self.name}.__eq__({other.name})")
        return NotImplemented
print(Loud("x") == Loud("y"))
print(Loud("p") != Loud("q"))
class AlwaysEqual:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() != 3, [1, 2] == [AlwaysEqual(), 2])
class Weird:
    def __ne__(self, other):
        return "custom ne"
print(Weird() != 1)
