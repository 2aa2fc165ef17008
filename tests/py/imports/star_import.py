# from module import * honours __all__ (or skips _private names without it).
from pkg.sub import *
print(exported, helper('star'))
for name in ('not_in_all', '_private'):
    print(name, name in globals())
from pkg.subpkg.sibling import *
print(SIBLING_VALUE)
