# Modules are found through sys.path; the script's folder comes first.
import sys
import os
print(os.path.basename(sys.path[0]))
try:
    import plainmod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
sys.path.insert(0, 'extra_path')
import plainmod
print(plainmod.VALUE)
print(os.path.basename(os.path.dirname(plainmod.__file__)))
sys.path.remove('extra_path')
import plainmod as still_cached
print(still_cached is plainmod)
