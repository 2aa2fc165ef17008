print('cyclic.b start')
from cyclic import a
seen = a.A_EARLY  # a is partially initialised: only names bound before the import exist
try:
    from cyclic.a import A_LATE
except ImportError as e:
    print('ImportError', e)
print('cyclic.b end')
