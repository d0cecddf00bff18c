# expect: RecursionError
class Loop:
    def __getattr__(self, name):
        return self.missing
Loop().x
