# An exception raised while handling another: "During handling of the above exception".
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise ValueError(f"unknown key {key!r}")
print("start")
lookup({"a": 1}, "b")
