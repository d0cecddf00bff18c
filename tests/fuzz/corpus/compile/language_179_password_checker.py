# String predicates in a validation function.
def check(password):
    problems = []
    if len(password) < 8:
        problems.append("too short")
    if not any(c.isupper() for c in password):
        problems.append("no uppercase letter")
    if not any(c.islower() for c in password):
        problems.append("no lowercase letter")
    if not any(c.isdigit() for c in password):
        problems.append("no digit")
    if password.isalnum():
        problems.append("no symbol")
    if " " in password:
        problems.append("contains a space")
    return problems
for pw in ["abc", "password", "Password1", "Pass word1!", "Str0ng!Pass", "12345678", "ÄÖÜäöü12!"]:
    problems = check(pw)
    verdict = "ok" if not problems else "; ".join(problems)
    print(f"{pw!r:<16} {verdict}")
def mask(s, keep=2):
    return s[:keep] + "*" * max(0, len(s) - keep)
print(mask("secret"), mask("ab"), mask("x", 0))
email = "  Ada.Lovelace@Example.COM "
clean = email.strip().lower()
user, _, domain = clean.partition("@")
print(clean, user, domain, domain.endswith(".com"), user.replace(".", " ").title())
