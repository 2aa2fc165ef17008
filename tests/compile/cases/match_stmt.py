match command:
    case [action]:
        pass
    case [action, *rest] if rest:
        pass
    case {"key": value, **others}:
        pass
    case Point(x=0, y=yy) | Point(0, yy):
        pass
    case 1 | 2 | None:
        pass
    case str() as text:
        pass
    case _:
        pass
