# finally with return, break and continue; return in finally wins.
def f():
    try:
        return "try"
    finally:
        print("  finally runs before return")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally"
print(g())
def h():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"
print(h())
def k():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("  cleanup", i)
print(k())
def m():
    x = 1
    try:
        return x
    finally:
        x = 99
print(m())
def n():
    for i in range(3):
        try:
            continue
        finally:
            print("  finally on continue", i)
    return "done"
print(n())
def p():
    while True:
        try:
            break
        finally:
            print("  finally on break")
    return "after loop"
print(p())
def q():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("  inner finally")
    except KeyError as e:
        print("  caught", e)
    finally:
        print("  outer finally")
q()
def r():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("  finally after except return")
print(r())
def s(n):
    try:
        if n:
            raise ValueError
    except ValueError:
        return "except"
    else:
        return "else"
    finally:
        print("  s finally", n)
print(s(0), s(1))
