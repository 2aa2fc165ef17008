# with: __enter__/__exit__, exception suppression, several items.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with CM('a') as v:
    print('body', v)
with CM('a') as x, CM('b') as y:
    print('body', x, y)
with CM('outer', suppress=True):
    with CM('inner'):
        raise ValueError('boom')
print('suppressed')
try:
    with CM('c'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
with (CM('p1') as p1,
      CM('p2') as p2):
    print('parenthesized', p1, p2)

def early():
    with CM('ret'):
        return 'returned'

print(early())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break
target = {}
with CM('t') as target['key']:
    pass
print(target)
try:
    with 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)

class NoExit:
    def __enter__(self):
        return self

try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
