# A learner-style class: a bank account with history and errors.
class InsufficientFunds(Exception):
    pass
class Account:
    interest_rate = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has only {self._balance}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def add_interest(self):
        gained = round(self._balance * self.interest_rate, 2)
        self._balance += gained
        return gained
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"
class Savings(Account):
    interest_rate = 0.05
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise InsufficientFunds("withdrawal limit reached")
        return super().withdraw(amount)
a = Account("ann", 100)
a.deposit(50).withdraw(30)
print(a, a.balance, a.history)
for amount in [-5, 500]:
    try:
        if amount < 0:
            a.deposit(amount)
        else:
            a.withdraw(amount)
    except (ValueError, InsufficientFunds) as e:
        print(type(e).__name__, e)
print(a.add_interest(), a)
s = Savings("bob", 1000)
for amt in [100, 200, 300]:
    try:
        s.withdraw(amt)
        print("withdrew", amt, s.balance)
    except InsufficientFunds as e:
        print("refused:", e)
print(s.add_interest(), s, isinstance(s, Account))
try:
    s.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
accounts = [a, s, Account("cy", 70)]
print(sorted(accounts, key=lambda acc: acc.balance))
print(sum(acc.balance for acc in accounts))
