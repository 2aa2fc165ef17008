# os beyond the basics: stat_result, symlinks, scandir/DirEntry, walk both ways, low-level fds,
# utime/chmod/truncate, errors with errno and file names, PathLike, environ, fsencode.
import os, os.path, posixpath
print(os.path is posixpath, os.name, os.sep, os.pathsep, os.curdir, os.devnull, os.error is OSError, os.linesep)
base = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'klass_os_more_%d' % os.getpid())
os.mkdir(base)
try:
    os.chdir(base)
    with open('f.txt', 'w') as f:
        f.write('hello')
    st = os.stat('f.txt')
    print(type(st).__name__, st.st_size, len(st), st[6], st.st_mode & 0o777 != 0, type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8])
    print(repr(os.stat_result(tuple(range(10)))), os.stat_result(tuple(range(10))).st_mtime, os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
    print(os.path.getsize('f.txt'), os.path.isfile('f.txt'), os.path.isdir('.'), os.path.exists('nope'), os.path.islink('f.txt'), os.path.lexists('f.txt'))
    os.symlink('f.txt', 'link')
    print(os.path.islink('link'), os.readlink('link'), os.path.realpath('link') == os.path.join(os.path.realpath(base), 'f.txt'), os.lstat('link').st_mode & 0o170000 == 0o120000)
    os.makedirs('a/b/c')
    os.makedirs('a/b', exist_ok=True)
    try:
        os.makedirs('a/b')
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.strerror, e.filename, e)
    for name in ['rm1', 'rm2']:
        open(name, 'w').close()
    os.remove('rm1'); os.unlink('rm2')
    os.replace('f.txt', 'g.txt')
    try:
        os.rename('missing', 'other')
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename, e.filename2, e.args)
    print(sorted(os.listdir()), sorted(os.listdir('.')), sorted(os.listdir(b'.')))
    entries = sorted(os.scandir('.'), key=lambda e: e.name)
    print([(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False)) for e in entries])
    print(repr(entries[0]), os.fspath(entries[0]), entries[1].stat().st_size, entries[0].inode() > 0)
    with os.scandir() as it:
        print(sorted(e.name for e in it))
    print(list(os.walk('a')), list(os.walk('a', topdown=False)))
    print(os.access('g.txt', os.R_OK), os.access('nope', os.F_OK))
    fd = os.open('raw.bin', os.O_WRONLY | os.O_CREAT, 0o644)
    print(os.write(fd, b'abc'), os.fstat(fd).st_size); os.close(fd)
    fd = os.open('raw.bin', os.O_RDONLY); print(os.read(fd, 10), os.read(fd, 10)); os.close(fd)
    os.truncate('raw.bin', 1); print(os.path.getsize('raw.bin'))
    os.utime('raw.bin', (1000000000, 1000000000)); print(os.stat('raw.bin').st_mtime, os.path.getmtime('raw.bin'))
    os.chmod('raw.bin', 0o600); print(oct(os.stat('raw.bin').st_mode & 0o777))
    for bad in ["os.stat('nope')", "os.listdir('g.txt')", "os.rmdir('a')", "os.mkdir('g.txt')", "os.remove('a')", "os.chdir('nope')", "os.stat(3.5)", "os.mkdir(None)", "os.fspath(5)", "os.open('nope', os.O_RDONLY)", "os.stat('a\\0b')", "os.strerror(2)", "os.urandom(-1)", "os.getcwd(1)"]:
        try: print(bad, eval(bad))
        except Exception as e: print(bad, type(e).__name__, e)
    class P:
        def __fspath__(self): return 'g.txt'
    print(os.fspath(P()), os.path.exists(P()), os.stat(P()).st_size, os.path.join(P(), 'x'))
finally:
    os.chdir('/')
    for root, dirs, files in os.walk(base, topdown=False):
        for n in files: os.remove(os.path.join(root, n))
        for n in dirs:
            p = os.path.join(root, n)
            os.remove(p) if os.path.islink(p) else os.rmdir(p)
    os.rmdir(base)
print(os.path.exists(base), os.getcwd(), os.getcwdb(), os.system('exit 3') >> 8)
os.environ['KLASS_X'] = 'a=b'
print(os.environ['KLASS_X'], os.getenv('KLASS_X'), 'KLASS_X' in os.environ, os.environ.get('NOPE', 'dflt'), os.environ.setdefault('KLASS_Y', '1'), os.environ.pop('KLASS_Y'), os.environ.pop('KLASS_Y', None))
del os.environ['KLASS_X']
print(os.fsencode('é'), os.fsdecode(b'\xc3\xa9'), ascii(os.fsdecode(b'\xff')), os.fsencode(os.fsdecode(b'\xff')))
print(os.get_exec_path()[:1] != [], type(os.cpu_count()), os.getpid() == os.getpid(), os.getppid() > 0, os.uname().sysname)
print(isinstance(os.environ, dict), len(os.environ) > 0, dict(os.environ) == os.environ.copy())
