# str.format: positional, keyword, indexing, attributes, conversions, specs.
print('{} {}'.format('a', 'b'), '{1} {0} {1}'.format('a', 'b'))
print('{name} is {age}'.format(name='Bo', age=7))
print('{0[0]} {0[key]} {1.real}'.format({0: 'zero', 'key': 'v'}, 3 + 4j))
print('{0!r} {0!s} {0!a}'.format('é'))
print('{:>6}|{:<6}|{:^6}|{:*^7}'.format('a', 'b', 'c', 'd'))
print('{:.3f} {:e} {:,} {:08.2f} {:+}'.format(3.14159, 31415.9, 1234567, -3.14159, 5))
print('{:{w}.{p}f}'.format(2.71828, w=10, p=2))
print('{{}} {{{0}}}'.format('x'))
print('{0:b} {0:o} {0:X} {0:c}'.format(65))
print('{:%}'.format(0.25), '{:.0%}'.format(0.5))
print('{:s}'.format('str'), '{}'.format(None), '{:d}'.format(True))
print('{:n}'.format(1234567))
print('{0}{1}{0}'.format('ab', 'cd'))
print('{:10}|{:<10}|'.format(3, 3), '{:10}|'.format('s'))
print('{:=+8.2f}'.format(3.5), '{:#b}'.format(5))
print('{a}'.format_map({'a': 'mapped'}))
for fmt, args in [('{} {}', ('a',)), ('{0} {}', ('a', 'b')), ('{x}', ()), ('{0[5]}', ([1],)), ('{', ()), ('}', ()), ('{!z}', (1,))]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
