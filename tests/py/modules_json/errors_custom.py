# JSON errors and customisation: default=, object_hook, cls, parse_float.
import json
for bad in ['{', '[1, 2', '{"a" 1}', "{'a': 1}", '[1,]', '', 'tru', '"unterminated', '01', '{"a": 1} x', '[1] [2]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', type(e).__name__, e.msg, e.lineno, e.colno, e.pos)
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({(1, 2): 'tuple key'})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print(type(e).__name__, e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

print(json.dumps(Point(1, 2), default=lambda o: {'__point__': [o.x, o.y]}))
print(json.loads('{"__point__": [3, 4]}', object_hook=lambda d: Point(*d['__point__']) if '__point__' in d else d).y)
print(json.loads('[1.5, 2]', parse_float=lambda s: 'float:' + s, parse_int=lambda s: 'int:' + s))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda pairs: pairs))

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

print(json.dumps({'s': {3, 1, 2}}, cls=SetEncoder), issubclass(json.JSONDecodeError, ValueError))
print(json.dumps({'skip': object(), 'ok': 1}, skipkeys=True, default=str).startswith('{"skip": "<object object at'))
