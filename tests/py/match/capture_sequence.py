# Capture and sequence patterns, including star captures.
def shape(v):
    match v:
        case []:
            return 'empty'
        case [x]:
            return 'one: %r' % (x,)
        case [x, y]:
            return 'two: %r %r' % (x, y)
        case [first, *middle, last]:
            return 'first %r middle %r last %r' % (first, middle, last)
        case _:
            return 'not a sequence'

for v in [[], [1], (1, 2), [1, 2, 3, 4], 'ab', {'a': 1}, range(3), 5]:
    print(repr(v), '->', shape(v))

match (1, (2, 3)):
    case (a, (b, c)):
        print('nested', a, b, c)
match [1, 2, 3]:
    case [1, *_]:
        print('starts with 1')
match [1, 2]:
    case [_, _, *rest]:
        print('rest', rest)
match 'not captured':
    case name:
        print('irrefutable capture binds', name)
