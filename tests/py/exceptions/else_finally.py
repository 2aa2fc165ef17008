# else runs only without an exception; finally always runs, even on return/break.
def run(fail):
    try:
        print('  try')
        if fail:
            raise ValueError('x')
    except ValueError:
        print('  except')
    else:
        print('  else')
    finally:
        print('  finally')

print('no failure'); run(False)
print('failure'); run(True)

def finally_return():
    try:
        return 'from try'
    finally:
        print('finally before return')

print(finally_return())

def finally_overrides():
    try:
        return 'try'
    finally:
        return 'finally'  # noqa: overrides the try's return

print(finally_overrides())

def finally_swallows():
    try:
        raise KeyError('lost')
    finally:
        return 'swallowed'

print(finally_swallows())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print('body', i)
    finally:
        print('finally', i)
try:
    try:
        raise ValueError('first')
    finally:
        print('cleanup while propagating')
except ValueError as e:
    print('caught', e)

def nested():
    try:
        try:
            return 1
        finally:
            print('inner finally')
    finally:
        print('outer finally')

print(nested())
