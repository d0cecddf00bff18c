# raise SystemExit(42) at top level; the status is 42.
print("about to exit with 42")
raise SystemExit(42)
