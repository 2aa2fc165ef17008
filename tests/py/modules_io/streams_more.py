# io in depth: newline modes, codecs, tell/seek over text, buffered layers, StringIO/BytesIO corners,
# open() argument errors, user subclasses of the io ABCs, redirecting sys.stdout.
import io, os
p = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'klass_io_more_%d' % os.getpid())
with open(p, 'w') as f:
    print(f.name == p, f.mode, f.encoding, f.errors, f.line_buffering, f.newlines, type(f.buffer).__name__, f.buffer.mode, type(f.buffer.raw).__name__, f.buffer.raw.mode)
    print(f.write('line1\nline2\r\nline3\rline4'), f.tell())
print(f.closed)
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(p, newline=nl) as f:
        print(repr(nl), [f.readline() for _ in range(5)])
    with open(p, newline=nl) as f:
        print(repr(nl), list(f), repr(open(p, newline=nl).read()))
for nl in ['\r', '\r\n', '']:
    with open(p, 'w', newline=nl) as f:
        f.write('a\nb\n')
    with open(p, 'rb') as f:
        print(repr(nl), f.read())
with open(p, 'w', encoding='latin-1') as f:
    f.write('café')
with open(p, 'rb') as f: print(f.read())
with open(p, encoding='latin-1') as f: print(f.read(), f.encoding)
with open(p, 'w', encoding='utf-16') as f:
    f.write('ab'); f.write('cd')
with open(p, 'rb') as f: print(f.read())
with open(p, encoding='utf-16') as f: print(f.read())
with open(p, 'wb') as f:
    f.write(b'\xff\xfeok')
try:
    open(p).read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(repr(open(p, errors='replace').read()), repr(open(p, errors='ignore').read()))
with open(p, 'w') as f:
    f.write('x' * 10000 + '\n' + 'é' * 5000 + '\nend')
with open(p) as f:
    lines = f.readlines()
    print(len(lines), [len(l) for l in lines], f.tell())
with open(p) as f:
    print(len(f.read(9999)), f.tell(), repr(f.read(3)), f.tell(), len(f.readline()), f.tell())
    pos = f.tell(); a = f.read(5); f.seek(pos); print(a == f.read(5))
    print(f.seek(0, 2), repr(f.read()))
with open(p, 'a') as f:
    print(f.tell(), f.write('+'), f.tell())
with open(p, 'r+') as f:
    print(f.read(3), f.write('Y'), f.tell())
with open(p, 'rb') as f: print(f.read(6))
with open(p, 'rb') as f:
    print(f.peek(2)[:2], f.read1(3), f.readline(5), f.seekable(), f.readable(), f.writable(), f.isatty(), f.fileno() > 2)
    b = bytearray(4); print(f.readinto(b), b)
with open(p, 'w+b') as f:
    f.write(b'hello world'); f.seek(0); print(f.read(5), f.tell()); f.write(b'XX'); f.seek(0); print(f.read()); print(f.truncate(3), f.seek(0, 2))
with open(p, 'rb', buffering=0) as f:
    print(type(f).__name__, repr(f)[:12], f.read(2), f.readall(), f.mode)
for args, kw in [((p, 'rw'), {}), ((p, 'rbt'), {}), ((p, 'rb'), {'encoding': 'utf-8'}), ((p, 'rb'), {'newline': ''}), ((p, 'r'), {'buffering': 0}), ((p, 'r'), {'newline': 'x'}), ((p, 'r'), {'encoding': 'nope'}), ((p, 'x'), {}), ((3.5,), {}), (('/tmp',), {}), ((p, 'r'), {'errors': 5})]:
    try: open(*args, **kw); print(args[1:], 'ok')
    except Exception as e: print(args[1:], kw, type(e).__name__, str(e).replace(p, 'P'))
f = open(p, 'rb'); f.close()
for op in ['read()', 'readline()', 'seek(0)', 'flush()', 'tell()', 'fileno()']:
    try: eval('f.' + op)
    except ValueError as e: print(op, e)
s = io.StringIO('a\r\nb\rc\n', newline=None); print(repr(s.getvalue()), s.readlines())
s = io.StringIO('a\r\nb\rc\n', newline=''); print(repr(s.getvalue()), s.readlines())
s = io.StringIO(newline='\r\n'); s.write('x\ny'); print(repr(s.getvalue()))
s = io.StringIO('hello'); s.seek(10); s.write('!'); print(repr(s.getvalue()), s.tell(), s.truncate(2), repr(s.getvalue()), s.seek(0, 2))
try: s.seek(-1)
except ValueError as e: print(e)
try: s.seek(1, 1)
except OSError as e: print(type(e).__name__, e)
try: s.write(b'x')
except TypeError as e: print(e)
try: s.fileno()
except io.UnsupportedOperation as e: print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
b = io.BytesIO(b'0123456789'); print(b.read(3), b.readline(), b.tell(), b.seek(-2, 2), b.read(), b.seek(20), b.write(b'x'), b.getvalue())
try: b.seek(-1)
except ValueError as e: print(e)
print(list(io.BytesIO(b'a\nb\nc')), io.BytesIO(b'abc').read1(2), io.BytesIO().closed)
b2 = io.BytesIO(); b2.close()
try: b2.getvalue()
except ValueError as e: print(e)
w = io.TextIOWrapper(io.BytesIO(b'l1\nl2\n'), encoding='ascii'); print(w.readline(), repr(w), w.read())
w = io.TextIOWrapper(io.BytesIO(), newline='\r\n'); w.write('a\nb'); w.flush(); print(w.buffer.getvalue())
br = io.BufferedReader(io.BytesIO(b'xyz')); print(br.read(2), br.read(), repr(br))
bw = io.BufferedWriter(io.BytesIO()); bw.write(b'ab'); bw.flush(); print(bw.raw.getvalue())
class R(io.RawIOBase):
    def __init__(self): self.n = 0
    def readable(self): return True
    def readinto(self, b):
        if self.n >= 3: return 0
        self.n += 1; b[0] = 65 + self.n; return 1
print(R().read(), R().readall(), R().read(1))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.FileIO, io.RawIOBase), isinstance(open(p, 'rb'), io.BufferedIOBase), isinstance(open(p), io.IOBase), issubclass(int, io.IOBase))
print(open is io.open, io.DEFAULT_BUFFER_SIZE, io.SEEK_END, io.text_encoding(None))
import sys
old = sys.stdout; buf = io.StringIO(); sys.stdout = buf; print('captured', 42); sys.stdout = old; print(repr(buf.getvalue()))
print('to stderr', file=sys.stderr) if False else None
os.remove(p)
