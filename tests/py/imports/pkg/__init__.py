"""A package used by the import tests."""
print('pkg/__init__ running as', __name__)
PKG_CONSTANT = 'from pkg/__init__'

def pkg_function():
    return 'pkg_function()'
