# An unterminated string literal.
print("fine")
message = "no closing quote
print(message)
