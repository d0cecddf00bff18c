for f in [lambda: range(0, 2**62, 2**61)[::4], lambda: range(0, 2**63-1, 2**62)[:]]:
    try: print(f())
    except OverflowError as x: print('OverflowError', x)
print('abc'[::2**63-1], [1,2][::2**63-1], (1,2)[::-2**63+1], 'é'[::2**63-1], 'héllo'[::-2**63])
l=[1,2,3]; l[::2**63-1]=[9]; print(l); del l[::2**63-1]; print(l)
