# An exception propagating through finally blocks; output from the finally blocks appears first.
def level2():
    try:
        raise ValueError("deep problem")
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    finally:
        print("level1 finally")
level1()
