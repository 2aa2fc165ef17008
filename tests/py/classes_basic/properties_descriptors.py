# property (getter/setter/deleter), __slots__, custom descriptors.
class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        """The radius."""
        return self._r

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError('radius must be >= 0')
        self._r = value

    @radius.deleter
    def radius(self):
        print('deleting radius')
        del self._r

    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 2)

c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.radius, c.area, Circle.radius.__doc__)
try:
    c.radius = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.area = 5
except AttributeError as e:
    print(type(e).__name__, e)
del c.radius
print(hasattr(c, '_r'))

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s' % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)

class Person:
    age = Typed(int)
    name = Typed(str)

p = Person()
p.age = 30
p.name = 'Ann'
print(p.age, p.name, type(Person.age).__name__, Person.age.name)
try:
    p.age = 'old'
except TypeError as e:
    print(type(e).__name__, e)

class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1

s = Slotted()
print(s.x, hasattr(s, '__dict__'), Slotted.__slots__)
try:
    s.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.y
except AttributeError as e:
    print(type(e).__name__, e)
