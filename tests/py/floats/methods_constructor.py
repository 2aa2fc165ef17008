# float methods, rounding, hex, the constructor and subclasses.
inf, nan = float('inf'), float('nan')
for x in [0.0, -0.0, 1.5, -2.5, 0.1, 1e16, 123.456, 2.0**60, 5e-324, 1.7976931348623157e308]:
    print(repr(x), str(x), x.is_integer(), x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x,
          int(x), round(x), round(x, 1), round(x, -1), x.__trunc__(), x.__floor__(), x.__ceil__(),
          x.real, x.imag, x.conjugate(), x.__getnewargs__())
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(1e300, -400), round(-1.5, -400))
print(round(1.5, 10**20), round(1.5, -10**20), round(123.456, -2), round(5e-324, 400), round(0.125, 2), round(0.375, 2))
print(round(inf, 1), round(nan, 1), round(-inf, -1), type(round(2.5)).__name__, type(round(2.5, None)).__name__)
for e in ['round(inf)', 'round(nan)', 'int(inf)', 'int(nan)', 'inf.as_integer_ratio()', 'nan.as_integer_ratio()',
          'round(1.5, 1.5)', 'round(1e308, -308)', 'round(1.7976931348623157e308, -308)', 'float.fromhex("0x1p2000")',
          'float.fromhex("xyz")', 'float.fromhex(1)', '(1.0).hex(1)', 'float.fromhex()', '(1.5).__round__(1, 2)',
          '(1.5).__round__(x=1)', 'inf.__floor__()', 'nan.__ceil__()', '(1.0).__format__(1)']:
    try:
        print(e, '->', eval(e))
    except Exception as x:
        print(e, '!!', type(x).__name__, x)
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'), float.fromhex(' inf '), float.fromhex('0x.8'), (-0.1).hex(), inf.hex(), nan.hex())
print(float.__getformat__('double'), float.__getformat__('float'))
for args in [(), (1,), (True,), (2**80,), ('1.5',), (' -1_0.25 ',), ('inf',), ('-Infinity',), ('nan',), ('1e500',), ('-1e-500',),
             (b'2.5',), (bytearray(b' 3 '),), ('٣.٥',), ('0x10',), ('1__0',), ('',), ('abc',), (None,), ([],), (10**400,),
             ('1', 2)]:
    try:
        print(args, '->', repr(float(*args)))
    except Exception as x:
        print(args, '!!', type(x).__name__, x)
try:
    float(x=1)
except TypeError as e:
    print(e)
class F:
    def __float__(self):
        return 2.5
class Idx:
    def __index__(self):
        return 7
class Bad:
    def __float__(self):
        return 1
print(float(F()), float(Idx()))
try:
    float(Bad())
except TypeError as e:
    print(e)
class MyFloat(float):
    pass
m = MyFloat(2.5)
print(m, repr(m), type(m).__name__, m + 1, type(m + 1).__name__, type(-m).__name__, type(abs(m)).__name__, float(m), type(float(m)).__name__)
print(MyFloat('1.25'), MyFloat(), MyFloat.fromhex('0x1p1'), type(MyFloat.fromhex('0x1p1')).__name__, m.real, type(m.real).__name__)
m.tag = 1
print(m.tag, m == 2.5, hash(m) == hash(2.5), isinstance(m, float), m.is_integer())
print(float.__new__(MyFloat, 3), type(float.__new__(MyFloat, 3)).__name__)
for e in ['float.__new__(int)', 'float.__new__(1)']:
    try:
        eval(e)
    except TypeError as x:
        print(x)
print(format(1.5), format(1.5, '.3f'), format(-0.0, 'z.1f'), format(1234.5, ',.2f'), format(0.5, '%'), format(1e20, 'g'), format(1.0, ''))
print(f'{2.5:>10}|{2.5:<8}|{2.5:^9}|{2.5:+}|{1e-7}|{1/3:.5}')
