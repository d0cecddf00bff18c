# Stacks: balanced brackets and a reverse-Polish calculator.
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, ch in enumerate(text):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in pairs:
            if not stack or stack[-1][0] != pairs[ch]:
                return f"unexpected {ch!r} at {i}"
            stack.pop()
    if stack:
        return f"unclosed {stack[-1][0]!r} at {stack[-1][1]}"
    return "balanced"
for t in ["(a[b]{c})", "(]", "((x)", "", "{[()()]}", "a)b"]:
    print(repr(t), balanced(t))
def rpn(expr):
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    stack = []
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError(f"malformed expression: {expr!r}")
    return stack[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "1.5 2 *", "10 4 /", "1 2", "1 +", "4 0 /"]:
    try:
        print(e, "=", rpn(e))
    except (ValueError, IndexError, ZeroDivisionError) as err:
        print(e, "->", type(err).__name__, err)
