#!/usr/bin/env python3
"""Writes modules_cases.inc: small programs exercising the built-ins and the standard modules,
with the stdout CPython 3.11 prints for each.

Run from anywhere: python3 gen_modules_cases.py  (rewrites ../modules_cases.inc; deterministic).
Each program reports errors itself (`check` prints "TypeError: message"), so only stdout is
compared.
"""
import os
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), "expected values must come from CPython 3.11"

PRELUDE = '''def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
'''

CASES = {
    "print_arguments": r'''
print(1, 'a', None, sep='-', end='!\n')
print()
print('x', end='')
print('y')
check(lambda: print(sep=1))
check(lambda: print(end=2))
check(lambda: print(foo=1))
import sys
print('to stdout', file=sys.stdout)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print(1, 2, file=w)
print(w.parts == ['1 2\n'] or w.parts == ['1', ' ', '2', '\n'])
print(sys.stdout.write('abc\n'))
''',
    "len_range_enumerate_zip": r'''
print(len([1, 2]), len('héllo'), len({1: 2}))
check(lambda: len(1))
check(lambda: len())
print(list(enumerate('ab', 5)), list(enumerate([])))
check(lambda: enumerate(1))
print(list(zip([1, 2, 3], 'ab')), list(zip()))
check(lambda: list(zip([1, 2], [1], strict=True)))
check(lambda: list(zip([1], [1, 2], strict=True)))
check(lambda: list(zip([1], [1], [1, 2, 3], strict=True)))
print(list(map(pow, [2, 3], [3, 2])), list(map(str, range(3))))
check(lambda: map(len))
print(list(filter(None, [0, 1, '', 'a'])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))))
check(lambda: reversed(1))
''',
    "sorted_min_max_sum": r'''
print(sorted([3, 1, 2]), sorted('bca', reverse=True), sorted([1, -3, 2], key=abs))
check(lambda: sorted([1, 'a']))
check(lambda: sorted())
print(min(3, 1, 2), max([1, 5, 2]), min('abc'), max([], default='none'))
print(min([1, -5, 3], key=abs), max(1, 2, key=lambda x: -x))
check(lambda: min([]))
check(lambda: max(1, 2, default=0))
check(lambda: max(1, 'a'))
check(lambda: min())
print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(10), 5))
check(lambda: sum(['a'], ''))
print(any([0, 1]), all([]), any([]), all([1, 0]))
''',
    "numbers": r'''
print(abs(-5), abs(-2.5), abs(True), abs(-10**30))
check(lambda: abs('a'))
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5), round(5, -1), round(1.5, None))
check(lambda: round('a'))
print(divmod(7, -2), divmod(-7, 2), divmod(7.5, 2), divmod(10**20, 7))
check(lambda: divmod(1, 0))
check(lambda: divmod('a', 1))
print(pow(2, 10), pow(2, 3, 5), pow(2, -1, 5), pow(2, 0.5))
check(lambda: pow(2.0, 3, 5))
check(lambda: pow(0, -1))
print(hex(255), hex(-255), oct(8), bin(-5), hex(2**70))
check(lambda: hex(1.5))
print(chr(65), chr(0x1F600), ord('a'), ord('é'))
check(lambda: chr(-1))
check(lambda: ord('ab'))
check(lambda: ord(1))
print(format(3.14159, '.2f'), format(255, 'x'), format('a', '>3'))
check(lambda: format(1, 2))
''',
    "reflection": r'''
class C:
    x = 1
    def __init__(self): self.y = 2
c = C()
print(getattr(c, 'x'), getattr(c, 'z', 'default'), hasattr(c, 'y'), hasattr(c, 'z'))
check(lambda: getattr(c, 'z'))
check(lambda: getattr(c, 1))
setattr(c, 'z', 3)
print(c.z)
delattr(c, 'z')
print(hasattr(c, 'z'))
print(callable(len), callable(1), callable(C))
print(isinstance(1, int), isinstance(True, (str, int)), issubclass(bool, int))
check(lambda: isinstance(1, 1))
print(vars(c))
check(lambda: vars(1))
print([n for n in dir(c) if not n.startswith('__')])
print(hash(1) == hash(1.0), id(c) == id(c))
check(lambda: hash([]))
print(type(1), type('a'), type(None))
print(next(iter([1, 2])), next(iter([]), 'done'))
check(lambda: next(iter([])))
check(lambda: next(1))
it = iter([1, 2, 3, 0, 4].pop, 0)
print(list(it))
''',
    "builtin_types_in_namespace": r'''
for t in (int, float, str, bool, list, tuple, dict, set, frozenset, range, object, type, enumerate, zip, map, filter, reversed):
    print(t.__name__, end=' ')
print()
for e in (ValueError, KeyError, StopIteration, TimeoutError, RecursionError, ModuleNotFoundError, EOFError):
    print(e.__name__, issubclass(e, Exception), end='; ')
print()
print(NotImplemented, Ellipsis, __name__)
''',
    "input_eof": r'''
check(lambda: input())
check(lambda: input(1, 2))
''',
    "imports": r'''
import math
import math as m
from math import pi, sqrt as root
print(m is math, root(16), pi)
try:
    import nosuchmodule
except ModuleNotFoundError as e:
    print(e)
try:
    from sys import nosuch
except ImportError as e:
    print(e)
import sys
print('math' in sys.modules, sys.modules['math'] is math)
''',
    "sys_module": r'''
import sys
print(sys.maxsize, sys.version_info[:2], sys.version.startswith('3.11'), sys.platform in ('linux', 'emscripten'))
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
check(lambda: sys.setrecursionlimit(0))
check(lambda: sys.stdout.write(1))
print(repr(sys.stdout), repr(sys.stderr))
try:
    sys.exit(3)
except SystemExit as e:
    print('exit', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('exit', e.code)
''',
    "time_module": r'''
import time
t0 = time.monotonic()
time.sleep(0.01)
print(time.monotonic() - t0 >= 0.0099, time.time() > 1e9, type(time.perf_counter()))
check(lambda: time.sleep(-1))
check(lambda: time.sleep('a'))
''',
    "random_seeded": r'''
import random
for seed in (0, 1, 42, 2**40 + 17, -7, 123456789012345678901234567890):
    random.seed(seed)
    print(seed, random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.getrandbits(70))
random.seed(5)
print(random.choice('abcdef'), random.uniform(1, 2), random.sample(range(100), 5), random.sample('abcdefgh', 3))
xs = list(range(10))
random.shuffle(xs)
print(xs)
print(random.choices('abc', k=5), random.choices('abc', weights=[1, 0, 5], k=4))
print(random.randrange(10**30), random.sample(range(1000), 30)[:5])
r = random.Random(99)
print(r.random(), r.randint(0, 10))
check(lambda: random.choice([]))
check(lambda: random.randint(5, 3))
check(lambda: random.randrange(0))
check(lambda: random.sample([1, 2], 3))
random.seed(3.5)
print(random.random())
''',
    "math_module": r'''
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(1e300) == 10**300)
print(math.exp(1), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log(10**400))
print(math.sin(math.pi / 2), math.cos(0), math.atan2(1, 1), math.hypot(3, 4), math.hypot(1, 2, 3))
print(math.degrees(math.pi), math.radians(180), math.copysign(1, -0.0), math.fmod(7, 3), math.modf(-1.5), math.frexp(8), math.ldexp(0.5, 4))
print(math.factorial(20), math.factorial(25), math.gcd(12, 18, -4), math.lcm(4, 6), math.comb(50, 25), math.perm(5, 2), math.isqrt(10**30 + 1))
print(math.isclose(1.0, 1.0000000001), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.fsum([0.1] * 10), math.prod([1, 2, 3], start=2), math.dist((0, 0), (3, 4)))
for f in [lambda: math.sqrt(-1), lambda: math.exp(1000), lambda: math.log(0), lambda: math.log(1, 1),
          lambda: math.floor(math.inf), lambda: math.floor(math.nan), lambda: math.factorial(-1),
          lambda: math.factorial(1.5), lambda: math.comb(-1, 2), lambda: math.fsum([1e308, 1e308]),
          lambda: math.pow(0, -1), lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.sqrt(),
          lambda: math.trunc("a"), lambda: math.ldexp(1.0, 2.0), lambda: math.log()]:
    check(f)
''',
    "functools_module": r'''
import functools
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
p = functools.partial(f, 1, d=5)
print(p(2), p(2, 3, d=6), p.args, p.keywords, p.func is f)
print(repr(functools.partial(max, 1, key=abs)))
pp = functools.partial(p, 9)
print(pp(), pp.args)
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a + b, [], 10))
check(lambda: functools.reduce(lambda a, b: a, []))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args) * 2
    return wrapper
@deco
def double_me(x):
    "doc"
    return x
print(double_me(21), double_me.__name__, double_me.__doc__, double_me.__wrapped__.__name__)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.__name__)
@functools.cache
def sq(x):
    return x * x
print(sq(12), sq(12))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
check(lambda: functools.partial())
''',
    "itertools_module": r'''
import itertools as it
print(list(it.islice(it.count(5, 2), 4)), repr(it.count(3)), repr(it.count(0, 2)))
print(list(it.islice(it.cycle('ab'), 5)), list(it.repeat(7, 3)), repr(it.repeat(1, 2)))
print(list(it.islice(range(10), 2, 8, 3)), list(it.islice('abcdef', 3)))
print(list(it.chain([1, 2], 'ab')), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.product('ab', repeat=2)), list(it.product([1, 2], 'x')))
print(list(it.permutations('abc', 2)), len(list(it.permutations(range(5)))))
print(list(it.combinations('abcd', 2)), list(it.combinations_with_replacement('ab', 2)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=10)), list(it.accumulate([3, 1, 2], max)))
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print([(k, list(g)) for k, g in it.groupby('aabbbc')], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4], key=lambda x: x % 2)])
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress('abc', [1, 0, 1])), list(it.filterfalse(None, [0, 1, 0])))
print(list(it.pairwise([1, 2, 3])))
check(lambda: it.islice([1], -1))
check(lambda: it.permutations([1], -1))
check(lambda: it.count('a'))
check(lambda: list(it.product([1], repeat=-1)))
''',
    "collections_module": r'''
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
d = deque([1, 2, 3], maxlen=3)
d.append(4)
d.appendleft(0)
print(d, d.maxlen, len(d), d[0], d[-1], 2 in d)
d.rotate(1)
print(d, deque(), deque([], maxlen=2), deque('abc'))
print(d.pop(), d.popleft(), d)
check(lambda: deque().pop())
check(lambda: deque([1])[5])
check(lambda: deque([1]).remove(5))
dd = defaultdict(list)
dd['a'].append(1)
print(dd, dd['b'], dict(dd), defaultdict(None, {1: 2}))
check(lambda: defaultdict(1))
check(lambda: defaultdict()[1])
c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), sorted(c.elements())[:4], c.total())
c.update('zz')
c.subtract({'a': 5})
print(c, Counter(), Counter(a=3) + Counter(a=1, b=2), Counter(a=3) - Counter(a=1, b=2))
P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p[1], P._fields, p._asdict(), p._replace(x=9), P._make([5, 6]), isinstance(p, tuple))
x, y = p
print(x + y, p == (1, 2))
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[0, 1])
print(Q(5))
check(lambda: P(1))
check(lambda: P(1, 2, 3))
check(lambda: P(1, z=2))
check(lambda: namedtuple('R', 'x x'))
check(lambda: namedtuple('R', 'def'))
check(lambda: p._replace(z=1))
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a')
print(od, od.popitem(last=False), OrderedDict())
''',
}


def run(source):
    result = subprocess.run([sys.executable, "-c", PRELUDE + source], stdin=subprocess.DEVNULL,
                            capture_output=True, text=True, check=True)
    assert result.stderr == "", result.stderr
    return result.stdout


def c_string(text):
    escaped = text.encode("utf-8").decode("latin-1")
    out = []
    for ch in escaped:
        code = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif 32 <= code < 127:
            out.append(ch)
        else:
            out.append("\\%03o" % code)
    return '"' + "".join(out) + '"'


def main():
    lines = ["// Generated by gen/gen_modules_cases.py from CPython 3.11: do not edit.", ""]
    for name, source in CASES.items():
        program = PRELUDE + source
        lines.append("{%s,\n %s,\n %s}," % (c_string(name), c_string(program), c_string(run(source))))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "modules_cases.inc")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
