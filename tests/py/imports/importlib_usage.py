# importlib.import_module with absolute and relative names.
import importlib
sub = importlib.import_module('pkg.sub')
print(sub.__name__)
deep = importlib.import_module('.subpkg.deep', package='pkg')
print(deep.__name__)
sib = importlib.import_module('..sibling', package='pkg.subpkg.deep')
print(sib.__name__)
try:
    importlib.import_module('.relative')
except TypeError as e:
    print(type(e).__name__, e)
import math as m, os.path as osp
print(m.__name__, osp.__name__)
