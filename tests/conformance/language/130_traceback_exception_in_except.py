# An error in the handler itself, and one in finally.
try:
    print("trying")
    x = 1 / 0
except ZeroDivisionError:
    print("handling")
    undefined_handler_name
finally:
    print("finally still runs")
