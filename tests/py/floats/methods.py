# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate.
for v in [1.0, 1.5, -0.75, 0.1, 1e20]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex().replace('0x', '0x '), v.real, v.imag, v.conjugate())
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'), float.fromhex('inf'))
import math
for v in [2.5, -2.5, 2.4, -2.6]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), int(v), round(v))
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print(float.__name__, (1.5).__class__.__name__)
import sys
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(math.isnan(float('nan')), math.isinf(float('-inf')), math.isfinite(1.0))
