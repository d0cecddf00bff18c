# A coroutine object that is never awaited: CPython warns on stderr when it is collected.
async def fetch():
    return "data"
print("creating")
fetch()
print("after the dropped coroutine")
c = fetch()
print(type(c).__name__)
del c
print("end")
