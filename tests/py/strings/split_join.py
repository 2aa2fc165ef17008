# split, rsplit, splitlines, join, partition.
s = '  a  b   c  '
print(s.split())
print(s.split(' '))
print('a,b,,c'.split(','))
print('a,b,,c'.split(',', 1))
print('a,b,,c'.rsplit(',', 1))
print('a b c'.rsplit(maxsplit=1))
print(''.split(), ''.split(','))
print('one\ntwo\r\nthree\rfour'.splitlines())
print('one\ntwo\n'.splitlines(keepends=True))
print('x\x0by\x1cz\u2028w'.splitlines())
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'))
try:
    '-'.join(['a', 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a'.split('')
except ValueError as e:
    print(type(e).__name__, e)
print('key=value=x'.partition('='))
print('key=value=x'.rpartition('='))
print('novalue'.partition('='), 'novalue'.rpartition('='))
print('a\tb\nc d'.split())
print('1<>2<>3'.split('<>'))
