# os.path string manipulation (no file system access).
import os.path as p
import os
print(os.sep, os.curdir, os.pardir, os.extsep, os.linesep == '\n', os.name)
print(p.join('a', 'b', 'c.txt'), p.join('/abs', 'x'), p.join('a', '/root', 'b'), p.join('a/', 'b'), p.join('', 'x'))
print(p.split('/usr/lib/file.tar.gz'), p.split('file'), p.split('/'), p.split('dir/'))
print(p.splitext('archive.tar.gz'), p.splitext('.bashrc'), p.splitext('noext'), p.splitext('a.b/c'))
print(p.basename('/x/y/z.py'), p.dirname('/x/y/z.py'), p.basename('dir/'), p.dirname('file'))
print(p.normpath('a//b/./c/../d'), p.normpath('/../x'), p.normpath(''), p.normpath('a/b/../../..'))
print(p.isabs('/x'), p.isabs('x'), p.commonprefix(['/usr/lib', '/usr/local']), p.commonpath(['/usr/lib', '/usr/local']))
print(p.relpath('/a/b/c', '/a/d'), p.relpath('/a/b', '/a/b'))
print(p.expanduser('no-tilde'), p.splitdrive('/x/y'), p.normcase('MiXed'))
print(os.fspath('str path'), os.fsencode('x'), os.fsdecode(b'y'))
try:
    p.join('a', 5)
except TypeError as e:
    print(type(e).__name__, e)
