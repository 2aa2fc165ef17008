# __build_class__ order, __init_subclass__, __set_name__, metaclass basics, __prepare__.
events = []

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        events.append('prepare ' + name)
        return {'injected': 'from prepare'}
    def __new__(mcs, name, bases, ns, **kw):
        events.append('new %s %s' % (name, sorted(k for k in ns if not k.startswith('__'))))
        return super().__new__(mcs, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        events.append('init ' + name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        events.append('call ' + cls.__name__)
        return super().__call__(*args)

class Named:
    def __set_name__(self, owner, name):
        events.append('set_name %s.%s' % (owner.__name__, name))

class Base(metaclass=Meta):
    events.append('body Base')
    attr = Named()
    def __init_subclass__(cls, flavor=None, **kw):
        events.append('init_subclass %s flavor=%s' % (cls.__name__, flavor))

class Derived(Base, flavor='vanilla'):
    events.append('body Derived')

Derived()
for e in events:
    print(e)
print(type(Derived) is Meta, Derived.injected, type(Meta), Meta.__mro__)

class Plain:
    def method(self):
        return __class__

print(Plain().method() is Plain)
print(type(type), isinstance(type, type), isinstance(Plain, type), type(Plain))
