# open() in text mode: write, read, readline(s), iteration, append, seek/tell.
import os
path = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'klass_io_text_%d.txt' % os.getpid())
try:
    with open(path, 'w') as f:
        print(type(f).__name__, f.mode, f.closed, f.writable(), f.readable())
        print(f.write('first line\n'), f.write('second line\nthird'))
        f.writelines(['\n', 'fourth\n'])
    print(f.closed)
    with open(path) as f:
        print(repr(f.read()))
    with open(path) as f:
        print(repr(f.readline()), repr(f.readline()), repr(f.read(3)), repr(f.readline()))
        print(f.readlines())
        print(repr(f.readline()), repr(f.read()))
    with open(path) as f:
        print([line.rstrip('\n') for line in f])
    with open(path, 'a') as f:
        f.write('appended\n')
    with open(path, 'r') as f:
        print(f.read().splitlines()[-2:])
        print(f.tell() > 0, f.seek(0), f.read(5), f.tell())
    with open(path, 'r+') as f:
        f.write('FIRST')
    with open(path, encoding='utf-8') as f:
        print(f.readline().rstrip())
    with open(path, 'w', encoding='utf-8') as f:
        f.write('ünïcödé 😀\n')
    with open(path, 'rb') as f:
        print(f.read())
    with open(path, encoding='utf-8') as f:
        print(f.read(3), len(f.read()))
    with open(path, 'w', newline='') as f:
        f.write('a\r\nb\n')
    with open(path, newline='') as f:
        print(repr(f.read()))
    with open(path) as f:
        print(repr(f.read()))
finally:
    os.remove(path)
f = open(path, 'w')
f.close()
try:
    f.write('x')
except ValueError as e:
    print(type(e).__name__, e)
os.remove(path)
for mode in ['rw', 'z']:
    try:
        open(path, mode)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    open(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == path)
