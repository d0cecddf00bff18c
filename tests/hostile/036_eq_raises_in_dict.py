# expect: RuntimeError
class K:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise RuntimeError("eq")
d = {K(): 1}
d[K()]
