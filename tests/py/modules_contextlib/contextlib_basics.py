# contextlib: contextmanager, suppress, redirect_stdout, closing, nullcontext, ExitStack.
import contextlib, io, sys, textwrap
@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with tag('a') as t:
    print('body', t)
try:
    with tag('b'):
        raise ValueError('inside')
except ValueError as e:
    print('caught', e)
@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print('swallowed')
with swallow():
    raise KeyError('k')
@tag('deco')
def decorated(x):
    print('in decorated', x)
decorated(1); decorated(2)
@contextlib.contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextlib.contextmanager
def twoyield():
    yield 1
    yield 2
try:
    with twoyield(): pass
except RuntimeError as e: print(e)
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print('after suppress')
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured')
print(repr(buf.getvalue()))
class Res:
    def __init__(self, n): self.n = n
    def close(self): print('closing', self.n)
with contextlib.closing(Res(1)) as r: print('using', r.n)
with contextlib.nullcontext(5) as v: print('null', v)
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    stack.enter_context(tag('stacked'))
    stack.push(lambda *exc: print('push exit', exc[0]))
try:
    with contextlib.ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError('original')
except ZeroDivisionError as e:
    print('ZDE with context', repr(e.__context__))
try:
    with contextlib.ExitStack() as s: s.enter_context(5)
except TypeError as e: print(e)
s2 = contextlib.ExitStack(); s2.callback(print, 'popped later'); s3 = s2.pop_all(); s2.close(); print('s2 closed'); s3.close()
print(isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager), isinstance(io.StringIO(), contextlib.AbstractContextManager), isinstance(5, contextlib.AbstractContextManager))
