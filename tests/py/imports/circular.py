# A circular import sees a partially initialised module.
import cyclic.a
print(cyclic.a.A_LATE, cyclic.b.seen)
