# try/except: matching by class, tuples of classes, binding, and the unbinding of the name.
def attempt(action):
    try:
        action()
    except ZeroDivisionError:
        return 'zero division'
    except (KeyError, IndexError) as e:
        return 'lookup: ' + type(e).__name__
    except Exception as e:
        return 'other: ' + repr(e)
    return 'no error'

print(attempt(lambda: 1 / 0))
print(attempt(lambda: {}['k']))
print(attempt(lambda: [][0]))
print(attempt(lambda: int('x')))
print(attempt(lambda: None))
try:
    raise ValueError('v')
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print('the except name is deleted:', e)
try:
    try:
        raise TypeError('inner')
    except ValueError:
        print('not here')
except TypeError as e:
    print('outer caught', e)
try:
    raise LookupError
except LookupError as e:
    print(repr(e), e.args)
try:
    1 / 0
except:
    print('bare except catches everything')
try:
    raise KeyError('missing')
except LookupError as e:
    print('base class matches:', repr(e))
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
