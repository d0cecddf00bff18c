# Tic-tac-toe: board printing and winner detection.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if " " not in board else None
def show(board):
    rows = [" | ".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    print("\n---------\n".join(rows))
board = [" "] * 9
moves = [4, 0, 2, 6, 3, 5, 8, 1, 7]
player = "X"
for move in moves:
    board[move] = player
    result = winner(board)
    if result:
        break
    player = "O" if player == "X" else "X"
show(board)
print("result:", result)
print(winner(list("XXXOO    ")), winner(list("XOXOXOOXO")), winner(list("XO       ")))
def best_move(board, me):
    for i in range(9):
        if board[i] == " ":
            trial = board[:]
            trial[i] = me
            if winner(trial) == me:
                return i
    return next(i for i in range(9) if board[i] == " ")
print(best_move(list("XX OO    "), "O"), best_move(list("XX OO    "), "X"))
