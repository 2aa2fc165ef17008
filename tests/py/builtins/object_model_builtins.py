# object, type(), super(), property, staticmethod, classmethod, NotImplemented, Ellipsis.
print(type(object()).__name__, repr(object()).startswith('<object object at 0x'))
Point = type('Point', (), {'x': 1, 'show': lambda self: 'Point with x=%d' % self.x})
p = Point()
print(Point.__name__, p.show(), type(p) is Point, Point.__bases__)
Sub = type('Sub', (Point,), {'x': 2})
print(Sub().show(), Sub.__mro__[1].__name__)
print(type(NotImplemented).__name__, type(...).__name__, ... is Ellipsis, Ellipsis)
print(bool(None), None.__class__.__name__, type(None)() is None)

class Base:
    def hello(self):
        return 'Base.hello'

class Child(Base):
    def hello(self):
        return 'Child -> ' + super().hello()

print(Child().hello(), super(Child, Child()).hello())
prop = property(lambda self: 'computed')
print(type(prop).__name__)

class WithProp:
    value = prop

print(WithProp().value)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)

class Holder:
    count = sm
    name = cm

print(Holder.count('abc'), Holder.name(), Holder().name())
try:
    type('Bad', (5,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
