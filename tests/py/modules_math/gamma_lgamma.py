# math.gamma and math.lgamma follow CPython's own algorithm: every digit must agree.
import math
xs = [i / 7.3 for i in range(-300, 300, 7)] + [171.5, 171.7, -171.5, -180.3, 0.5e-20, -3e-21, 1e-10,
                                               141.2, -141.2, 200.5, -200.5, 1e5, -1e5 - 0.5, 30.0, 23.0, 24.0, -0.5]
for x in xs:
    row = []
    for f in (math.gamma, math.lgamma):
        try:
            row.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(repr(x), *row)
