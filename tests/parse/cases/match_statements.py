match command:
    case "quit":
        pass
    case 1 | 2 | 3:
        pass
    case -1:
        pass
    case 1.5 | -2.5j | 1 + 2j | -1 - 2j:
        pass
    case None | True | False:
        pass
    case [a, b, *rest]:
        pass
    case (a, b):
        pass
    case (a,):
        pass
    case ():
        pass
    case []:
        pass
    case [*_]:
        pass
    case {"key": value, **others}:
        pass
    case {1: _, Color.RED: x}:
        pass
    case {}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3):
        pass
    case mod.Class():
        pass
    case Color.RED:
        pass
    case [Point(x=0, y=0) as origin, *_] if origin:
        pass
    case str() | bytes() as s:
        pass
    case (1 | 2) as n:
        pass
    case _:
        pass

match x, y:
    case a, b:
        pass
    case *a, b:
        pass

match (x):
    case b'bytes' b"":
        pass
    case 'a' 'b':
        pass

match = 1
match.attr = 2
match(x)
match[0]
case = 3
_ = 4
print(match, case, _)
