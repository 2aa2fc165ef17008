print('pkg.subpkg.deep running, __package__ =', __package__)
from .. import sub
from ..sub import helper
from . import sibling
from .. import PKG_CONSTANT
import pkg.sub as absolute_sub


def report():
    return [sub.__name__, helper('deep'), sibling.SIBLING_VALUE, PKG_CONSTANT, absolute_sub is sub]


def too_far():
    from .... import nothing  # noqa: beyond the top-level package
