# Literal patterns: numbers, strings, None/True/False, and the wildcard.
def describe(v):
    match v:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case 2j:
            return 'imaginary'
        case 'hello':
            return 'greeting'
        case b'raw':
            return 'bytes'
        case None:
            return 'none'
        case True:
            return 'true'
        case False:
            return 'false'
        case _:
            return 'something else: %r' % (v,)

for v in [0, 2, -1, 1.5, 2j, 'hello', b'raw', None, True, False, 0.0, 'other', 1.0]:
    print(repr(v), '->', describe(v))
