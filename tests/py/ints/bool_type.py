# bool is a subclass of int with two instances.
print(True, False, repr(True), str(False))
print(True + True, True * 10, True / 2, True // 2, -False)
print(bool(), bool(5), bool('') , bool([0]))
print(True is bool(1), False is bool(0))
print(type(True).__mro__)
print(isinstance(False, int), True == 1, False == 0, hash(True) == hash(1))
d = {1: 'int one', True: 'bool true'}
print(d)
print({0, False, 0.0})
print(True & True, True | False, True ^ True, ~False, ~True)
print(int(True), float(False), str(True).lower())
print(format(True), format(True, 'd'), f'{False!r}')
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(sum([True, True, False, True]))
print(max(True, 0), min(False, -1))
print(bool.__name__, True.__class__.__name__)
