# A tour of klass: classes are live objects.
#
# Each step follows an idea from the documents klass was started from. The
# program prints the same under klass and under CPython 3.11.

print("1. Classes are objects made at run time")


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


print("   Point is", Point, "and its class is", type(Point))
p = Point(1, 2)
print("   an instance:", p, "whose class is", p.__class__.__name__)

print("2. type(name, bases, dict) builds a class without a class statement")


def describe(self):
    return "I am a %s with x=%s" % (type(self).__name__, self.x)


Dynamic = type("Dynamic", (Point,), {"describe": describe, "kind": "made by type()"})
d = Dynamic(3, 4)
print("  ", d.describe(), "|", Dynamic.kind, "|", Dynamic.__mro__[1].__name__)

print("3. A class body is executed code")


class Generated:
    for i in range(3):
        def method(self, i=i):
            return "method #%d" % i
        locals()["method%d" % i] = method
    del i, method


g = Generated()
print("  ", g.method0(), g.method1(), g.method2())

print("4. A metaclass customises how classes are made")


class Registry(type):
    classes = []

    def __new__(meta, name, bases, namespace, **kwargs):
        cls = super().__new__(meta, name, bases, namespace)
        meta.classes.append(name)
        return cls


class Plugin(metaclass=Registry):
    pass


class CSVPlugin(Plugin):
    pass


print("   registered:", Registry.classes, "| metaclass of CSVPlugin:", type(CSVPlugin).__name__)

print("5. __prepare__ chooses the namespace the body runs in")


class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(meta, name, bases):
        return Recording()

    def __new__(meta, name, bases, namespace):
        cls = super().__new__(meta, name, bases, dict(namespace))
        cls.members = namespace.order
        return cls


class Fields(metaclass=Ordered):
    zeta = 1
    alpha = 2
    mid = 3


print("   definition order:", Fields.members)

print("6. A metaclass __call__ controls instantiation (a singleton)")


class Singleton(type):
    def __call__(cls, *args, **kwargs):
        if "_instance" not in cls.__dict__:
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance


class Config(metaclass=Singleton):
    def __init__(self):
        self.values = {}


a, b = Config(), Config()
print("   Config() is Config():", a is b)

print("7. Re-executing a class statement produces a new class")

source = '''
class Template:
    greeting = prefix + "!"
'''
code = compile(source, "<template>", "exec")
made = []
for prefix in ("hello", "bonjour"):
    namespace = {"prefix": prefix}
    exec(code, namespace)
    made.append(namespace["Template"])
print("  ", [cls.greeting for cls in made], "| distinct classes:", made[0] is not made[1])

print("8. Instances follow their class when it changes")
Point.norm1 = lambda self: abs(self.x) + abs(self.y)
print("   p.norm1() after adding a method to Point:", p.norm1())
