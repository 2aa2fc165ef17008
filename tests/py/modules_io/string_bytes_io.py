# io.StringIO and io.BytesIO.
import io
s = io.StringIO()
print(s.write('hello '), s.write('world\n'), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(5)), repr(s.readline()), repr(s.read()))
s2 = io.StringIO('a\nb\nc')
print(s2.readlines(), list(io.StringIO('x\ny\n')))
print(io.StringIO('initial').read(), io.StringIO().read() == '')
b = io.BytesIO(b'abc')
b.seek(0, 2)
b.write(b'def')
print(b.getvalue(), b.tell())
b.seek(1)
print(b.read(2), b.read())
with io.StringIO() as buf:
    print('printed into buffer', file=buf)
    print(repr(buf.getvalue()))
print(buf.closed)
try:
    buf.getvalue()
except ValueError as e:
    print(type(e).__name__, e)
w = io.TextIOWrapper(io.BytesIO(), encoding='utf-8')
w.write('é')
w.flush()
print(w.buffer.getvalue())
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase))
