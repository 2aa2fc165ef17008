# Function objects carry attributes: __name__, __qualname__, __doc__, __module__, __dict__.
def documented(x, y=1):
    """Return x plus y."""
    return x + y

print(documented.__name__)
print(documented.__qualname__)
print(documented.__doc__)
print(documented.__module__)
print(documented.__defaults__)
print(documented.__kwdefaults__)
print(documented.__globals__ is globals())
print(documented.__closure__)
print(type(documented.__code__).__name__)
documented.custom = 'attached'
print(documented.custom, documented.__dict__)

def outer():
    def inner():
        pass
    return inner

print(outer().__qualname__)

class K:
    def method(self):
        pass
    class Nested:
        def deep(self):
            pass

print(K.method.__qualname__, K.Nested.deep.__qualname__)
documented.__name__ = 'renamed'
print(documented.__name__, documented.__qualname__)

def no_doc():
    pass

print(no_doc.__doc__)
print(repr(documented).startswith('<function documented at 0x'))
print(callable(documented), callable(5))
