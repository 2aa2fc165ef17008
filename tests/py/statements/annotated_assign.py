# Annotated assignments record annotations in __annotations__ without evaluating to locals.
x: int = 5
y: str
print(x)
print(__annotations__)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)

class Point:
    x: int
    y: int = 0
    label: 'str' = 'p'

print(Point.__annotations__)
print(Point.y, Point.label)
print(hasattr(Point, 'x'))

def f():
    z: list = []
    w: int
    z.append(1)
    return z

print(f())
print(f.__annotations__)
obj = Point()
obj.x: int = 3  # annotating an attribute target does not record it
print(obj.x, Point.__annotations__)
d = {}
d['k']: float = 1.5
print(d)
