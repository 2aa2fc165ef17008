# if / elif / else on values of many types.
def classify(v):
    if v is None:
        return 'none'
    elif isinstance(v, bool):
        return 'bool'
    elif isinstance(v, int) and v < 0:
        return 'negative int'
    elif isinstance(v, int):
        return 'int'
    elif isinstance(v, str) and not v:
        return 'empty str'
    elif isinstance(v, str):
        return 'str'
    else:
        return 'other'

for v in [None, True, -3, 7, '', 'x', 1.5, []]:
    print(repr(v), classify(v))

for value in [0, 1, [], [0], '', 'a', None, 0.0]:
    if value:
        print(repr(value), 'truthy')
    else:
        print(repr(value), 'falsy')

x = 15
if x > 10:
    if x > 20:
        print('big')
    else:
        print('medium')
if x % 3 == 0 and x % 5 == 0:
    print('fizzbuzz')
