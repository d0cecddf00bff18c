# expect: MemoryError
# flags: --max-heap-mb 64
import itertools
list(itertools.count())
