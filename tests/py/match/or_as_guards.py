# Or-patterns, as-patterns, guards and value (dotted name) patterns.
import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2

class Limits:
    LOW = 10
    HIGH = 100

def check(v):
    match v:
        case Color.RED:
            return 'red'
        case Color.GREEN | 'green':
            return 'green'
        case Limits.LOW:
            return 'low limit'
        case int() as n if n > Limits.HIGH:
            return 'too high: %d' % n
        case (1 | 2) as small:
            return 'small %d' % small
        case [('a' | 'b') as letter, *_]:
            return 'list starting with ' + letter
        case str(s) if s.isdigit():
            return 'digit string'
        case _:
            return 'no match'

for v in [Color.RED, Color.GREEN, 'green', 10, 500, 2, ['b', 1], '123', 'abc', 50]:
    print(repr(v), '->', check(v))
guard_calls = []

def guard(x):
    guard_calls.append(x)
    return False

match 5:
    case n if guard(n):
        pass
    case 5 if guard('second'):
        pass
    case _:
        print('guards evaluated:', guard_calls)
