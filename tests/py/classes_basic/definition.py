# Class definition: attributes, methods, __init__, instances, class vs instance attributes.
class Dog:
    """A dog."""
    species = 'canis'
    count = 0

    def __init__(self, name):
        self.name = name
        Dog.count += 1

    def speak(self, sound='woof'):
        return '%s says %s' % (self.name, sound)

rex = Dog('Rex')
fido = Dog('Fido')
print(rex.speak(), fido.speak('arf'), Dog.count, rex.species)
print(Dog.__name__, Dog.__qualname__, Dog.__doc__, Dog.__module__)
print(type(rex) is Dog, isinstance(rex, Dog), rex.__class__.__name__)
print(rex.__dict__, sorted(k for k in Dog.__dict__ if not k.startswith('__')))
rex.species = 'instance shadows class'
print(rex.species, fido.species, Dog.species)
del rex.species
print(rex.species)
print(Dog.speak(fido), Dog.speak is Dog.__dict__['speak'])
print(repr(rex).startswith('<__main__.Dog object at 0x'), str(rex) == repr(rex))
print(Dog.__bases__, Dog.__mro__)

class Empty:
    pass

e = Empty()
e.anything = 1
print(e.anything, Empty.__doc__)
try:
    Dog()
except TypeError as err:
    print(type(err).__name__, err)
