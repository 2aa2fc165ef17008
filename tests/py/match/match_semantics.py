# Details: strings are not sequences, names bind even on partial failure, subject evaluated once.
match 'abc':
    case [a, b, c]:
        print('string matched as sequence')
    case str():
        print('str is never a sequence pattern subject')
match b'ab':
    case [_, _]:
        print('bytes matched as sequence')
    case _:
        print('bytes are not sequence subjects either')
match bytearray(b'x'):
    case [_]:
        print('bytearray matched')
    case _:
        print('bytearray is not a sequence subject')
calls = 0

def subject():
    global calls
    calls += 1
    return (1, 2)

match subject():
    case (3, _):
        pass
    case (1, y):
        print('y =', y, 'subject evaluated', calls, 'time')
match 1.0:
    case 1:
        print('1.0 == 1 matches a literal 1')
match True:
    case 1:
        print('True == 1 matches literal 1')
match 1:
    case True:
        print('not printed: True/False/None match by identity')
    case _:
        print('1 is not True')
match {'a': 1}:
    case {'a': 1, **rest}:
        print('rest is a dict:', rest)
match [1, [2, 3]]:
    case [int() as a, [int() as b, *cs]]:
        print(a, b, cs)
x = 'untouched'
match 42:
    case 41:
        x = 'changed'
print(x)
