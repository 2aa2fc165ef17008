# open() in binary mode: bytes in and out, seek relative to start/current/end.
import os
path = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'klass_io_bin_%d.bin' % os.getpid())
try:
    with open(path, 'wb') as f:
        print(type(f).__name__, f.write(bytes(range(10))), f.write(b'tail'))
    with open(path, 'rb') as f:
        data = f.read()
        print(data, len(data), type(data).__name__)
        print(f.seek(2), f.read(3), f.tell())
        print(f.seek(-4, 2), f.read())
        f.seek(1)
        print(f.seek(2, 1), f.read(1))
        print(f.read(0), f.read(100), f.read())
    with open(path, 'r+b') as f:
        f.seek(0)
        f.write(b'\xff\xfe')
    with open(path, 'rb') as f:
        print(f.read(4), f.readline())
    with open(path, 'ab') as f:
        f.write(b'\nline2\n')
    with open(path, 'rb') as f:
        print(f.readlines())
    try:
        with open(path, 'wb') as f:
            f.write('text')
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        with open(path, 'w') as f:
            f.write(b'bytes')
    except TypeError as e:
        print(type(e).__name__, e)
finally:
    os.remove(path)
