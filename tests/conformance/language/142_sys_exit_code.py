# sys.exit(3): the exit status is 3; finally blocks run; nothing on stderr.
import sys
def main():
    try:
        print("working")
        sys.exit(3)
    finally:
        print("cleanup in finally")
main()
print("not reached")
