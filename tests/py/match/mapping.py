# Mapping patterns: required keys, extra keys ignored, **rest.
def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return 'click at %d,%d' % (x, y)
        case {'type': 'key', 'key': str(k), **rest}:
            return 'key %s with %r' % (k, rest)
        case {'type': t}:
            return 'unknown type ' + t
        case {}:
            return 'empty or untyped mapping'

print(handle({'type': 'click', 'pos': (3, 4), 'extra': 1}))
print(handle({'type': 'key', 'key': 'q', 'mod': 'ctrl', 'rep': 2}))
print(handle({'type': 'scroll'}))
print(handle({'no': 'type'}))
print(handle([('type', 'click')]))
from collections import OrderedDict, defaultdict
print(handle(OrderedDict(type='key', key='z')))
dd = defaultdict(lambda: 'default')
match dd:
    case {'missing': v}:
        print('defaultdict default used', v)
    case _:
        print('mapping patterns use get(), not __getitem__ defaults')
