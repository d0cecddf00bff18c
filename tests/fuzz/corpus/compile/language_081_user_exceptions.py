# User-defined exceptions derived from built-in ones.
class AppError(Exception):
    pass
class ValidationError(AppError, ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
class InsufficientFunds(AppError):
    def __init__(self, balance, amount):
        self.balance, self.amount = balance, amount
        super().__init__(balance, amount)
    def __str__(self):
        return f"need {self.amount - self.balance} more"
class NotFound(LookupError):
    pass
def validate(age):
    if not isinstance(age, int):
        raise ValidationError("age", "must be an int")
    if age < 0:
        raise ValidationError("age", "must be non-negative")
    return age
for value in [5, -1, "x"]:
    try:
        print("valid", validate(value))
    except ValidationError as e:
        print(type(e).__name__, e, e.field, e.args, isinstance(e, ValueError), isinstance(e, AppError))
try:
    raise InsufficientFunds(10, 25)
except AppError as e:
    print("AppError:", e, e.args, repr(e))
try:
    raise NotFound("user 42")
except LookupError as e:
    print(type(e).__name__, e, repr(e))
try:
    validate(-5)
except ValueError as e:
    print("caught as ValueError:", e)
print([c.__name__ for c in ValidationError.__mro__])
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(repr(WithDefault()), str(WithDefault("custom")))
class Empty(Exception):
    pass
print(repr(Empty()), str(Empty()), repr(Empty(1, 2)), str(Empty(1, 2)), str(Empty("one")))
e = AppError("msg")
e.extra = 123
print(e.extra, e.args)
class KeyErr(KeyError):
    pass
try:
    raise KeyErr("k")
except KeyError as err:
    print(type(err).__name__, err)
