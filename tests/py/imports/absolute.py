# Absolute imports of a package and its submodules.
import pkg
print(pkg.__name__, pkg.__doc__, pkg.PKG_CONSTANT, pkg.pkg_function())
print(hasattr(pkg, 'sub'))
import pkg.sub
print(hasattr(pkg, 'sub'), pkg.sub.exported)
from pkg import sub
print(sub is pkg.sub)
from pkg.sub import helper, exported as renamed
print(helper(1), renamed)
import pkg.sub as alias
print(alias is sub, alias.__name__)
print(pkg.__file__)
print(sub.__file__)
print(pkg.__package__, sub.__package__)
print(pkg.__path__ == [pkg.__file__.rsplit('/', 1)[0]])
print(pkg.__spec__.name, sub.__spec__.name, sub.__spec__.parent)
import pkg.subpkg.sibling
print(pkg.subpkg.sibling.SIBLING_VALUE, pkg.subpkg.SIBLING_VALUE)
