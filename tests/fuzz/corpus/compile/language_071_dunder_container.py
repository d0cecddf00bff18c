# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__.
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(*self.songs[index])
        return self.songs[index]
    def __setitem__(self, index, value):
        self.songs[index] = value
    def __delitem__(self, index):
        del self.songs[index]
    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self.songs)
    def __iter__(self):
        return iter(self.songs)
    def __repr__(self):
        return f"Playlist{tuple(self.songs)}"
p = Playlist("Intro", "Song A", "Song B", "Outro")
print(len(p), p[0], p[-1], p[1:3], p[::-1])
p[1] = "Song Z"
del p[0]
print(p, "song z" in p, "Intro" in p, "Outro" not in p)
print(list(p), [s.upper() for s in p], sorted(p), bool(p), bool(Playlist()))
try:
    p[10]
except IndexError as e:
    print("IndexError:", e)
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("done")
        return i * i
print(list(Squares()), 9 in Squares(), list(reversed([1, 2])))
a, b, *rest = Squares()
print(a, b, rest)
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        row, col = key
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
g = Grid()
g[0, 1] = "X"
g[1, 1] = "O"
for r in range(2):
    print("".join(g[r, c] for c in range(3)))
class Sized:
    def __len__(self):
        return 3
print(len(Sized()), bool(Sized()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
class ReadOnly:
    def __getitem__(self, i):
        return i
try:
    ReadOnly()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del ReadOnly()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
