# Files and directories under a scratch folder in $TMPDIR (or /tmp), removed at the end.
import os
base = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'klass_os_test_%d' % os.getpid())
os.mkdir(base)
try:
    print(os.path.isdir(base), os.path.exists(base), os.path.isfile(base))
    os.makedirs(os.path.join(base, 'a', 'b', 'c'))
    os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
    for name in ['one.txt', 'two.txt', 'a/inner.txt']:
        with open(os.path.join(base, name), 'w') as f:
            f.write(name * 2)
    print(sorted(os.listdir(base)))
    print(os.path.getsize(os.path.join(base, 'one.txt')), os.stat(os.path.join(base, 'two.txt')).st_size)
    os.rename(os.path.join(base, 'two.txt'), os.path.join(base, 'renamed.txt'))
    print(sorted(os.listdir(base)))
    walked = []
    for root, dirs, files in os.walk(base):
        dirs.sort()
        walked.append((os.path.relpath(root, base), sorted(dirs), sorted(files)))
    print(walked)
    print(sorted(e.name for e in os.scandir(base)), [e.is_dir() for e in sorted(os.scandir(base), key=lambda e: e.name)])
    try:
        os.mkdir(base)
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.remove(os.path.join(base, 'missing.txt'))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.rmdir(os.path.join(base, 'a'))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    old = os.getcwd()
    os.chdir(base)
    print(os.path.basename(os.getcwd()) == os.path.basename(base), os.path.exists('one.txt'))
    os.chdir(old)
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(base)
print(os.path.exists(base))
