# A bare raise re-raises the original exception with its traceback.
def risky():
    return {}["key"]
def wrapper():
    try:
        risky()
    except KeyError:
        print("logging the error, then re-raising")
        raise
wrapper()
