# Bound methods: __self__, __func__, equality, binding through the class.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, greeting='hi'):
        return '%s %s' % (greeting, self.name)

g = Greeter('ann')
m = g.greet
print(m(), m('hello'), type(m).__name__)
print(m.__self__ is g, m.__func__ is Greeter.greet, m.__name__, m.__qualname__)
print(g.greet == g.greet, g.greet is g.greet, Greeter('x').greet == m)
print(Greeter.greet(g, 'yo'), type(Greeter.greet).__name__)
print(repr(m).startswith('<bound method Greeter.greet of <__main__.Greeter object at 0x'))
unbound = Greeter.greet
print(unbound.__get__(g)('via __get__'))
funcs = [g.greet, Greeter('bob').greet]
print([f() for f in funcs])
print(type([].append).__name__, [].append.__self__, 'abc'.upper.__self__, len.__self__)
print(type(len).__name__, len.__name__, len.__qualname__, [].append.__qualname__)
try:
    m.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
m.__func__.note = 'on the function'
print(m.note)
