# Class patterns: positional via __match_args__, keywords, builtins matching self.
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    def __init__(self, center, r):
        self.center = center
        self.r = r

def where(obj):
    match obj:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return 'on y axis at %d' % y
        case Point(x, 0):
            return 'on x axis at %d' % x
        case Point(x, y) if x == y:
            return 'diagonal %d' % x
        case Point():
            return 'some point'
        case Circle(center=Point(x=cx), r=r):
            return 'circle around x=%d radius %d' % (cx, r)
        case int(n) | float(n):
            return 'number %r' % n
        case str() as s:
            return 'string ' + s
        case _:
            return 'unknown'

for obj in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
            Circle(Point(7, 1), 3), 4, 2.5, 'txt', None]:
    print(where(obj))
try:
    match Circle(1, 2):
        case Circle(a, b):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(a, b, c):
            pass
except TypeError as e:
    print(type(e).__name__, e)
