# sys.exit('msg'): the message goes to stderr and the exit status is 1.
import sys
print("checking configuration")
sys.exit("error: configuration file not found")
