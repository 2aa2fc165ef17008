print('cyclic.a start')
A_EARLY = 'a early'
from cyclic import b
A_LATE = 'a late'
print('cyclic.a end, b sees', b.seen)
