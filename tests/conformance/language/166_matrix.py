# Matrices as nested lists.
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def show(m):
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print(" ".join(str(x).rjust(width) for x in row))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
identity = [[int(i == j) for j in range(3)] for i in range(3)]
show(identity)
print(matmul(identity, b) == b)
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
print(det([[1, 2], [3, 4]]), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
grid = [["."] * 5 for _ in range(3)]
grid[1][2] = "#"
for row in grid:
    print("".join(row))
spiral = [[0] * 4 for _ in range(4)]
r = c = 0
dr, dc = 0, 1
for n in range(1, 17):
    spiral[r][c] = n
    nr, nc = r + dr, c + dc
    if not (0 <= nr < 4 and 0 <= nc < 4 and spiral[nr][nc] == 0):
        dr, dc = dc, -dr
        nr, nc = r + dr, c + dc
    r, c = nr, nc
show(spiral)
print([row[i] for i, row in enumerate(spiral)], sum(map(sum, spiral)))
