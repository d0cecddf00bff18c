# Uncaught NameError with no similar name to suggest.
print("before")
print(completely_undefined_variable_xyz)
