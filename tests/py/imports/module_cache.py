# sys.modules caches modules: a second import does not run the module again.
import sys
import importlib
import pkg.sub
import pkg.sub
from pkg import sub
print('pkg.sub' in sys.modules, sys.modules['pkg.sub'] is sub)
sub.exported = 'mutated'
import pkg.sub as again
print(again.exported)
del sys.modules['pkg.sub']
import pkg.sub as fresh
print(fresh is sub, fresh.exported)
reloaded = importlib.reload(fresh)
print(reloaded is fresh)
sys.modules['fake_module'] = 'anything can be cached'
import fake_module
print(fake_module)
print(type(sys).__name__, sys.__name__)
print(sys.modules['__main__'].__name__, __name__)
