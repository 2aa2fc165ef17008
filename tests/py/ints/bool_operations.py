# bool: the int subclass with two values.
print(True, False, repr(True), str(False), True + 1, True * 2.5, -True, ~True, ~False, True / 2, True // 2, True ** 10)
print(True & True, True & False, True | False, False | False, True ^ True, True ^ False)
print(True & 1, 1 & True, True | 2, 3 ^ True, type(True & 1).__name__, type(1 & True).__name__, type(True & True).__name__)
print(bool.__and__(True, 3), bool.__rand__(True, False), bool.__ror__(False, 4), bool.__xor__(True, 'a'))
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0j), bool(2**100), bool(''), bool('a'), bool([]), bool(None))
print(True == 1, False == 0, True == 1.0, True is bool(1), hash(True), hash(False), {True: 'a', 1: 'b', 1.0: 'c'})
print(int(True), float(True), complex(True), str(True), format(True), format(True, 'd'), format(False, '>6'), f'{True!r:>6}')
print(True.__class__, bool.__mro__, bool.__base__, issubclass(bool, int), isinstance(True, int))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), (True).to_bytes(2, 'big'))
print(sum([True, True, False]), max(True, 0), min(False, -1), sorted([True, False, 2, -1]), divmod(True, True))
print(True << 3, True >> 1, round(True), abs(False), True.__index__(), [10, 20][True], 'ab'[False])
class C:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class BadBool:
    def __bool__(self):
        return 1
print(bool(C()), bool(L()), not C())
for e in ['bool(BadBool())', 'bool(1, 2)', 'bool(x=1)', 'bool.__new__(int)', 'True.__repr__(1)']:
    try:
        print(eval(e))
    except TypeError as x:
        print(e, '!!', x)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
x = True
x += True
print(x, type(x).__name__)
x = True
x &= False
print(x, type(x).__name__)
