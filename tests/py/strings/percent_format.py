# printf-style % formatting.
print('%s and %r' % ('str', 'repr'))
print('%d %i %5d %-5d| %05d %+d' % (42, 42, 42, 42, 42, 42))
print('%x %X %#X %o %#o' % (255, 255, 255, 8, 8))
print('%f %.2f %10.3f %-10.1f| %e %E %g %G' % (3.14159, 3.14159, 3.14159, 3.14159, 1234.5, 1234.5, 0.00001234, 1e20))
print('%c%c %%' % (72, 'i'))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%s' % (1,), '%s' % [1, 2], '%s' % ((1, 2),))
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('%a' % 'é', '%r' % 'é')
print('%s %s' % (None, True), '%d' % True, '%.3s' % 'abcdef')
print('%5s|%-5s|' % ('ab', 'ab'))
print('%d' % 3.99, '%x' % 10**20)
for bad in [('%d', 'x'), ('%s %s', ('one',)), ('%s', (1, 2)), ('%z', 1), ('%(k)s', (1,)), ('%c', 'ab')]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
