# raise ... from None hides the context in the traceback.
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no such setting: {k}") from None
get({}, "colour")
