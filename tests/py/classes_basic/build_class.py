# The class statement calls builtins.__build_class__ with the body as a function.
import builtins
import types
print(callable(builtins.__build_class__))

# A class body is compiled like module code (names go through STORE_NAME into the
# namespace); a function made from such code can serve as the body.
body_code = compile("x = 1\ndef method(self):\n    return 'method of ' + type(self).__name__\n", '<body>', 'exec')
body = types.FunctionType(body_code, globals())

Made = builtins.__build_class__(body, 'Made')
print(Made.__name__, Made.x, Made().method(), Made.__bases__)

class Base:
    pass

Child = builtins.__build_class__(lambda: None, 'Child', Base)
print(Child.__mro__)
original = builtins.__build_class__
seen = []

def tracing_build_class(func, name, *bases, **kwargs):
    seen.append((name, len(bases), sorted(kwargs)))
    return original(func, name, *bases, **kwargs)

builtins.__build_class__ = tracing_build_class
try:
    class Traced(Base):
        pass
    class Plain:
        pass
finally:
    builtins.__build_class__ = original
print(seen, Traced.__bases__)
try:
    builtins.__build_class__(1, 'X')
except TypeError as e:
    print(type(e).__name__, e)
try:
    builtins.__build_class__(body)
except TypeError as e:
    print(type(e).__name__, e)
