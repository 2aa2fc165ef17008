# Decorators: plain, with arguments, stacked, on classes and methods.
def trace(func):
    def wrapper(*args, **kwargs):
        print('calling', func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print('returned', result)
        return result
    return wrapper

@trace
def add(a, b):
    return a + b

add(1, b=2)
print(add.__name__)

def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate

@repeat(3)
def hello(name):
    return 'hi ' + name

print(hello('x'))
order = []

def tag(label):
    def decorate(func):
        order.append(label)
        return func
    return decorate

@tag('outer')
@tag('inner')
def tagged():
    pass

print(order)  # decorators apply bottom-up
registry = {}

def register(cls):
    registry[cls.__name__] = cls
    return cls

@register
class Plugin:
    pass

print(registry)

class Demo:
    @staticmethod
    def s():
        return 'static'
    @classmethod
    def c(cls):
        return 'class ' + cls.__name__
    @property
    def p(self):
        return 'property'

print(Demo.s(), Demo.c(), Demo().p)

@(lambda f: f())
def evaluated_now():
    return 'decorator expression can be any expression'

print(evaluated_now)
