# An interactive to-do menu driven by stdin (manifest stdin); input() echoes nothing, prompts go to stdout.
todos = []
def show():
    if not todos:
        print("  (nothing to do)")
    for i, (text, done) in enumerate(todos, 1):
        print(f"  {i}. [{'x' if done else ' '}] {text}")
while True:
    choice = input("\n[a]dd [d]one [l]ist [q]uit > ").strip().lower()
    if choice == "a":
        text = input("what? ")
        todos.append((text, False))
        print(f"added {text!r}")
    elif choice == "d":
        try:
            n = int(input("number? "))
            text, _ = todos[n - 1]
            todos[n - 1] = (text, True)
            print(f"done: {text}")
        except ValueError as e:
            print("not a number:", e)
        except IndexError:
            print("no such item")
    elif choice == "l":
        show()
    elif choice == "q":
        print("bye")
        break
    else:
        print(f"unknown choice {choice!r}")
print(sum(1 for _, d in todos if d), "of", len(todos), "done")
