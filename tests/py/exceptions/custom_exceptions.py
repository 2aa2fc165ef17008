# User-defined exception classes, with extra state and overridden __str__.
class AppError(Exception):
    """Base for this app."""

class NotFound(AppError):
    def __init__(self, key):
        super().__init__('not found: %s' % key)
        self.key = key

class Detailed(AppError):
    def __init__(self, code, detail):
        self.code = code
        self.detail = detail
    def __str__(self):
        return '[%d] %s' % (self.code, self.detail)

try:
    raise NotFound('user42')
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)
try:
    raise Detailed(404, 'page missing')
except AppError as e:
    print(type(e).__name__, e, e.args, repr(e))
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception))
print(NotFound.__mro__)
print(AppError.__doc__)

class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr!'

print(repr(WithRepr('x')), str(WithRepr('x')))
try:
    class NotAnException:
        pass
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)

class Multi(KeyError, AttributeError):
    pass

try:
    raise Multi('both')
except AttributeError as e:
    print('caught as AttributeError', repr(e))
