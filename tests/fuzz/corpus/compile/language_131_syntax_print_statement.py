# A Python 2 print statement.
name = "world"
print "hello", name
