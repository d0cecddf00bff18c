# A learner-style data program: grades per student and per subject.
grades = {
    "alice": {"math": 91, "art": 78, "history": 85},
    "bob": {"math": 67, "art": 95, "history": 72},
    "carol": {"math": 88, "art": 81, "history": 94},
    "dave": {"math": 55, "art": 60, "history": 49},
}
def letter(score):
    for cutoff, grade in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if score >= cutoff:
            return grade
    return "F"
for student, scores in grades.items():
    avg = sum(scores.values()) / len(scores)
    best = max(scores, key=scores.get)
    print(f"{student.title():<6} avg {avg:6.2f} ({letter(avg)}) best: {best}")
subjects = sorted({s for scores in grades.values() for s in scores} , key=lambda s: s)
for subject in subjects:
    column = [scores[subject] for scores in grades.values()]
    print(f"{subject:<8} min {min(column):3} max {max(column):3} mean {sum(column) / len(column):.1f}")
ranking = sorted(grades, key=lambda s: -sum(grades[s].values()))
print("ranking:", ranking)
passed = {s: all(v >= 60 for v in sc.values()) for s, sc in grades.items()}
print(passed)
distribution = {}
for scores in grades.values():
    for v in scores.values():
        distribution.setdefault(letter(v), 0)
        distribution[letter(v)] += 1
print(dict(sorted(distribution.items())))
