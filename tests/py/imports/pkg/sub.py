"""pkg.sub: a plain submodule."""
__all__ = ['exported', 'helper']
print('pkg.sub running as', __name__)
exported = 'exported value'
_private = 'private value'
not_in_all = 'hidden from star imports'

def helper(x):
    return 'helper(%r)' % (x,)
