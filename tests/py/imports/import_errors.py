# ImportError and ModuleNotFoundError messages.
try:
    import does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
try:
    from pkg.sub import missing
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg.sub.helper
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from .sibling import x
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    __import__('')
except ValueError as e:
    print(type(e).__name__, e)
m = __import__('pkg.sub')
print(m.__name__)
m = __import__('pkg.sub', fromlist=['helper'])
print(m.__name__)
