# float repr is the shortest string that round-trips.
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, 100.0, 1e16, 1e15, 123456789012345678.0,
          1e-4, 1e-5, 0.00012345, 1.5e300, 5e-324, 1.7976931348623157e308, 2.0 ** 0.5,
          3.141592653589793, -0.0, 1e22, 1e23, 9007199254740993.0, 0.3, 1.1 * 3, 4.35 * 100]
for v in values:
    print(repr(v), str(v), float(repr(v)) == v)
print(float('0.1'), float('1e500'), float('-1e500'), float('  2.5  '), float('1_0.5'))
print(float('inf'), float('-Infinity'), float('nan'), float('NaN'), float('+inf'))
print(float(10), float(True), float(2 ** 60), float('.5'), float('5.'))
for bad in ['abc', '', '1.2.3', '0x10', '1e', None]:
    try:
        float(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
