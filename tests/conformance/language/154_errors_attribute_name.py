# AttributeError, NameError and UnboundLocalError messages.
import math
class Account:
    kind = "basic"
    def __init__(self):
        self.balance = 0
a = Account()
cases = [
    lambda: (5).append,
    lambda: "s".push,
    lambda: [].add,
    lambda: None.value,
    lambda: a.owner,
    lambda: Account.owner,
    lambda: math.tau2,
    lambda: {}.iteritems,
    lambda: (1.5).numerator,
    lambda: setattr(5, "x", 1),
    lambda: delattr(a, "nothing"),
    lambda: object().attr,
    lambda: len.__nope__,
    lambda: (lambda: 0).missing,
    lambda: True.size,
]
for case in cases:
    try:
        case()
        print("no error")
    except AttributeError as e:
        print("AttributeError:", e)
def use_undefined():
    return some_undefined_name
def unbound():
    print(local_later)
    local_later = 1
def unbound_aug():
    counter += 1
counter = 0
def deleted():
    v = 1
    del v
    return v
def free_var():
    def inner():
        return x
    inner_result = None
    try:
        inner_result = inner()
    finally:
        pass
    x = 1
    return inner_result
for fn in [use_undefined, unbound, unbound_aug, deleted, free_var]:
    try:
        fn()
    except NameError as e:
        print(f"{type(e).__name__}: {e}")
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
