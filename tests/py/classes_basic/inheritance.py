# Single and multiple inheritance, overriding, MRO, super().
class Animal:
    def __init__(self, name):
        self.name = name
    def describe(self):
        return '%s is a %s that says %s' % (self.name, self.kind(), self.sound())
    def kind(self):
        return 'animal'
    def sound(self):
        return '...'

class Cat(Animal):
    def kind(self):
        return 'cat'
    def sound(self):
        return 'meow'

class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def kind(self):
        return 'big ' + super().kind()

print(Animal('x').describe())
print(Cat('Tom').describe())
leo = Lion('Leo', 'north')
print(leo.describe(), leo.pride)
print(Lion.__mro__)
print(issubclass(Lion, Animal), isinstance(leo, Cat), Cat.__subclasses__())

class A:
    def who(self):
        return 'A'

class B(A):
    def who(self):
        return 'B>' + super().who()

class C(A):
    def who(self):
        return 'C>' + super().who()

class D(B, C):
    def who(self):
        return 'D>' + super().who()

print(D().who(), [k.__name__ for k in D.__mro__])
try:
    class X(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(object.__subclasses__ is not None, A.__base__, D.__bases__)
