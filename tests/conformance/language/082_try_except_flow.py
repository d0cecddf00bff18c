# try / except / else / finally execution order.
def attempt(x):
    print(f"attempt({x!r})")
    try:
        print("  try")
        result = 10 / x
    except ZeroDivisionError as e:
        print("  except ZeroDivisionError:", e)
        return "zero"
    except TypeError as e:
        print("  except TypeError:", e)
        return "type"
    else:
        print("  else", result)
        return result
    finally:
        print("  finally")
print(attempt(4))
print(attempt(0))
print(attempt("s"))
try:
    [][0]
except (KeyError, IndexError) as e:
    print("tuple of types:", type(e).__name__, e)
try:
    {}["k"]
except LookupError as e:
    print("base class catches:", type(e).__name__, e)
try:
    int("x")
except Exception as e:
    print("Exception catches:", type(e).__name__)
try:
    raise ValueError
except ValueError as e:
    print("raised class:", repr(e))
try:
    try:
        1 / 0
    finally:
        print("inner finally runs first")
except ZeroDivisionError:
    print("outer except")
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
finally:
    print("finally without exception")
def order():
    log = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            log.append(f"ok{i}")
        except KeyError:
            log.append(f"err{i}")
        finally:
            log.append(f"fin{i}")
    return log
print(order())
e_outer = None
try:
    raise RuntimeError("temp")
except RuntimeError as e_outer:
    pass
try:
    print(e_outer)
except NameError as ne:
    print("NameError:", ne)
try:
    raise KeyError("a")
except KeyError:
    try:
        raise ValueError("b")
    except ValueError as inner:
        print("inner context:", repr(inner.__context__))
try:
    1 / 0
except:
    print("bare except caught")
