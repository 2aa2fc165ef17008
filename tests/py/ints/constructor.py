# int() from strings, bytes, floats and objects.
for args in [(), (0,), ('42',), ('  -17  ',), ('+8',), ('1_000',), (3.99,), (-3.99,), (True,), (1e20,),
             ('ff', 16), ('0xff', 16), ('0xff', 0), ('0o17', 0), ('0b101', 0), ('z', 36), ('Z', 36),
             ('٣٤',), (b'12',), (bytearray(b'  12 '), 16), ('12', 0), (' 0 ', 0), ('00', 0), ('1' * 50,),
             ('-' + '9' * 30,), (10**30,), (-2**63,)]:
    print(args, '->', int(*args))
for args, kw in [(('abc',), {}), (('1.5',), {}), (('',), {}), (('12', 1), {}), (('12', 37), {}), (('9', 8), {}),
                 (('0x10',), {}), ((None,), {}), (([1],), {}), (('1__0',), {}), (('_1',), {}), (('010', 0), {}),
                 ((5, 10), {}), (('5', 1.5), {}), (('5', 2**70), {}), ((), {'x': 5}), (('1',), {'bas': 3}),
                 ((), {'base': 3}), (('1', 2, 3), {}), (('1', 2), {'base': 3}), ((b'x',), {}), ((float('inf'),), {}),
                 ((float('nan'),), {}), (('1',), {'base': None}), (('١٢x',), {})]:
    try:
        print(args, kw, '->', int(*args, **kw))
    except Exception as x:
        print(args, kw, '!!', type(x).__name__, x)
print(int('10', base=2), int(x := '7'), int(base=10, x='5') if False else 0)
class I:
    def __int__(self):
        return 9
class X:
    def __index__(self):
        return 7
class T:
    def __trunc__(self):
        return 3
class BadInt:
    def __int__(self):
        return 2.5
class BadIndex:
    def __index__(self):
        return 'a'
class BadTrunc:
    def __trunc__(self):
        return 3.5
class K(int):
    def __int__(self):
        return 42
print(int(I()), int(X()), int(K(1)), int('11', X()), bin(X()), [0, 1, 2, 3, 4, 5, 6, 7, 8][X()])
for o in [BadInt(), BadIndex()]:
    try:
        print(int(o))
    except TypeError as e:
        print(type(e).__name__, e)
print(int.__new__(int, '5'), type(int.__new__(K, 5)).__name__)
for e in ['int.__new__(str)', 'int.__new__(float)', 'int.__new__(3)']:
    try:
        eval(e)
    except TypeError as x:
        print(e, '!!', x)
try:
    int('1' * 5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4000)), len(hex(10 ** 5000)))
