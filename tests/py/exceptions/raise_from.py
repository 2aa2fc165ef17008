# raise ... from sets __cause__ and __suppress_context__.
class AppError(Exception):
    pass

def load():
    try:
        {}['config']
    except KeyError as e:
        raise AppError('cannot load') from e

try:
    load()
except AppError as e:
    print(repr(e))
    print(repr(e.__cause__))
    print(repr(e.__context__))
    print(e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('replaced') from None
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError('direct') from KeyError('explicit cause')
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError from TypeError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
