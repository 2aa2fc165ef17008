print('pkg.subpkg/__init__ running, __package__ =', __package__)
from . import sibling
from .sibling import SIBLING_VALUE
