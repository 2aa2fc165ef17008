# strip family, padding and alignment helpers.
s = '  \t padded \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'abcba'.strip('ab'), 'www.example.com'.lstrip('cmowz.'))
print(repr('hi'.center(7)), repr('hi'.center(7, '*')), repr('hi'.center(1)))
print(repr('hi'.ljust(5)), repr('hi'.rjust(5, '.')), repr('long'.ljust(2)))
print('42'.zfill(5), '-42'.zfill(5), '+3'.zfill(4), 'abc'.zfill(2))
print(repr('a\tb\tc'.expandtabs()), repr('ab\tc'.expandtabs(4)), repr('\t'.expandtabs(0)))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print(type(e).__name__, e)
print(repr('\u3000 wide space \u3000'.strip()))
