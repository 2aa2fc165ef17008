# json: bytes input, every decoder error position, escapes, indent/separators/sort_keys, hooks, dump/load.
import json
print(repr(json.dumps({'a': [1, {'b': 2}]}, indent=2)))
print(json.dumps([1, [], {}, [2]], indent=0))
print(json.dumps({'a': 1}, separators=(',', ':'), indent=2))
print(json.dumps(1e16), json.dumps(1.5e-7), json.dumps(123456789.123), json.dumps(True), json.dumps(None))
print(json.loads(b'[1]'), json.loads(bytearray(b'"x"')), json.loads('"x\\u00e9\\ud83d\\ude00\\ud800"')[:-1])
try: json.loads(5)
except Exception as e: print(type(e).__name__, e)
for bad in ['[1,', '{"a":', '"\\x"', '"\\u12"', '"a\nb"', '[1 2]', '{"a":1,}', '{1:2}', '-', '1.', '1e', '[', ']', 'nul', '\ufeff1', '"\\ud800"', 'Infinity', '-Infinity', '[-NaN]', '"\\ud800\\u12"', ' [1, {"a": [true, false, null, -0.5e+3, 1E2, -12]}] ', '"abc\\', '{"a" : 1 , "b":[ ] }', '{"a"', '{"a":1', '[1\n,\n2\n,', '1 2', '\n\n  x']:
    try: print(repr(json.loads(bad)))
    except json.JSONDecodeError as e: print(repr(bad), e, repr(e.doc), e.pos, e.lineno, e.colno)
print(json.dumps('\x7f\x00\x1f é ☃ \U0001f600 "\\/'), json.dumps('\x7f é ☃ \U0001f600', ensure_ascii=False))
print(json.dumps({'b': [1, (2, 3)], 'a': {'x': None}}, indent='--', sort_keys=True))
print(json.dumps({3: 1, 1.5: 2, False: 3, None: 4, 'z': 5}))
print(json.dumps([float('nan'), float('-inf')]), json.dumps({float('inf'): 1}))
import io
b = io.StringIO(); json.dump({'x': [1, 2]}, b, indent=1); print(b.getvalue())
print(json.load(io.StringIO('{"k": [1.25]}')))
class E(json.JSONEncoder):
    def default(self, o): return list(o)
print(E(indent=1).encode({'s': (x for x in range(2))}), ''.join(E().iterencode([1, 'a'])))
d = json.JSONDecoder(object_pairs_hook=lambda p: p)
print(d.decode('{"a": {"b": 1}}'), d.raw_decode('[1] xx'))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads('[NaN]', parse_constant=lambda c: c))
class C(int):
    def __repr__(self): return 'C!'
print(json.dumps([C(1), 2**70, -0.0, 1e-320]))
try: json.dumps([1], indent=2, separators=(',',))
except Exception as e: print(type(e).__name__, e)
print(json.dumps([[], [[]]], indent=4))
try: json.loads('[' * 100000)
except RecursionError as e: print('RecursionError')
