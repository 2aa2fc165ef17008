# Constructors used as conversions: int, float, str, bool, list, tuple, dict, set, complex, bytes.
print(int('7'), float('7'), str(7), bool(7), list('7'), tuple('7'), set('77'), complex('7'), bytes([55]))
print(repr(str(b'x')), str(b'x', 'ascii'), str(bytearray(b'y'), 'utf-8'), str(1e100), str([None]))
print(chr(97), ord('a'), chr(0x263A) == '\u263a', ord('\U0001F40D'))
print(repr(repr('x')), ascii('café'), ascii(['é']), repr(None), repr(...), repr(NotImplemented))
print(format(3.5, '08.3f'), format('x', '>3'), format(10, 'b'), format([1]), format(None))
print(type(1), type('a'), type(None), type(type), type(len), type(print).__name__)
print(isinstance(1, (str, int)), isinstance('a', str), isinstance([], (tuple, dict)), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(list, list))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
print(callable(len), callable(int), callable('x'), callable(lambda: 0), callable(type))
print(len('abc'), len([1]), len({}), len(range(5)), len(b'xy'))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
print(hash(1) == hash(1.0), hash('a') == hash('a'), hash(None) == hash(None), type(hash('x')).__name__)
print(id(len) == id(len), id([]) != 0)
