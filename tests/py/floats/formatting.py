# format() and %-formatting of floats.
vals = [0.0, 1.0, -1.5, 3.14159265358979, 123456.789, 1e-7, 1e21, float('inf'), float('nan'), -0.0]
for v in vals:
    print(repr(v), format(v, ''), format(v, '.3f'), format(v, '.3e'), format(v, '.3g'), format(v, 'g'),
          format(v, '10.2f'), format(v, '<10'), format(v, '+.1f'), format(v, '.2%'))
print('%.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, -0.5))
print(format(1234567.891, ',.2f'), format(1234567.891, '_.1f'), format(0.1, '.20f'))
print(format(1e16, ''), format(1e16, 'n'), format(12345.678, 'n'), format(1.0, '#.0f'), format(1.0, '#g'))
print(format(2.5, '08.2f'), format(-2.5, '=+8.2f'), format(2.5, '^9.1f'), format(1/3, '.17g'))
print(str(1e16), str(123e-10), str(1.0e-5), str(0.0001), str(1e300 * 1e10))
