# Relative imports inside a package (from . / from .. / from ..mod import name).
from pkg.subpkg import deep
for item in deep.report():
    print(item)
print(deep.__name__, deep.__package__)
try:
    deep.too_far()
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __spec__)
