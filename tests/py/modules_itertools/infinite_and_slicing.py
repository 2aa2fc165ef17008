# count, cycle, repeat, islice, takewhile, dropwhile, accumulate, chain, compress, filterfalse, starmap.
from itertools import (count, cycle, repeat, islice, takewhile, dropwhile, accumulate, chain,
                       compress, filterfalse, starmap, zip_longest, pairwise, tee)
import operator
print(list(islice(count(), 5)), list(islice(count(10, 2.5), 3)), list(islice(count(5, -1), 3)))
print(list(islice(cycle('ab'), 5)), list(repeat('x', 3)), list(islice(repeat(0), 2)), repr(repeat(1, 2)))
print(list(islice('abcdefg', 2, 6, 2)), list(islice(range(10), None, None, 3)), list(islice([], 5)))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([1, 2], initial=100)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(chain('ab', [1, 2], (3,))), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(filterfalse(lambda x: x % 2, range(8))))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(zip_longest('abc', [1], fillvalue='-')))
print(list(pairwise('abcd')), list(pairwise([1])))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
for bad in [lambda: islice('abc', -1), lambda: list(islice('abc', 0, 3, 0)), lambda: count('a')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
