# A bare raise re-raises the exception being handled.
def reraise():
    try:
        raise KeyError('original')
    except KeyError:
        print('logging and re-raising')
        raise

try:
    reraise()
except KeyError as e:
    print('caught again', repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

def after_handler():
    try:
        raise ValueError('handled')
    except ValueError:
        pass
    raise

try:
    after_handler()
except RuntimeError as e:
    print(type(e).__name__, e)
import sys
try:
    raise IndexError('current')
except IndexError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
    print(repr(sys.exception()))
print(sys.exc_info())
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args, str(e) == '')
try:
    raise 'a string'
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise int
except TypeError as e:
    print(type(e).__name__, e)
