# and/or return one of their operands; not always returns a bool.
print(1 and 2)
print(0 and 2)
print(1 or 2)
print(0 or 2)
print(0 or '' or [] or None)
print('a' and 'b' and 'c')
print('' and 1)
print([] or {})
print(not 0, not 1, not '', not 'x', not None)
print(True + True, True * 3, False - 1)
print(True == 1, False == 0)
print(bool(0), bool(0.0), bool(0j), bool(''), bool(()), bool([]), bool({}), bool(set()), bool(range(0)))
print(bool(1), bool(-1), bool(' '), bool((0,)), bool([0]), bool({0: 0}))

def loud(x):
    print('eval', x)
    return x

print(loud(0) and loud(1))
print(loud(1) and loud(2))
print(loud(1) or loud(2))
print(loud(0) or loud(2))
print(loud(0) or loud(0) or loud(3))

class Falsy:
    def __bool__(self):
        return False

class Sized:
    def __len__(self):
        return 0

print(bool(Falsy()), bool(Sized()), not Falsy())
print(Falsy() or 'fallback')
print(True and Sized() or 'empty')
print(type(True), type(1 == 1), isinstance(True, int))
print(repr(True), str(False))
