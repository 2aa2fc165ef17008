# bytes patterns and subjects, bytearray subjects, escape(), and the TypeErrors of mixing str and bytes.
import re
print(re.findall(rb'\w+', b'hello w\xe9rld'), re.findall(rb'\d+', b'a12b3'), re.sub(rb'(\w)', rb'<\1>', b'ab'))
p = re.compile(rb'(?P<k>[a-z]+)=(?P<v>\d+)')
m = p.search(b'xx key=42 yy')
print(m, m.groups(), m.groupdict(), m.span(), m.expand(rb'\g<v>:\g<k>'), p.groupindex, p.pattern, p.flags)
print(re.split(rb'[,;]', b'a,b;c'), re.match(rb'(?i)ABC', b'abc'), re.match(rb'(?L)a', b'a'), re.compile(rb'a', re.L).flags)
print(re.search(rb'\s', b'a\x1cb\x85 '), re.search(rb'[\x80-\xff]+', b'ab\xe9\xff!'))
print(re.match(b'a', bytearray(b'abc')), re.match(b'a', bytearray(b'abc')).group(), re.sub(b'b', b'X', bytearray(b'abc')))
print(re.escape(b'a.b\x00*'), re.escape('a b\t\n-'), re.escape('héllo_1'))
for args in [('a', b'a'), (b'a', 'a'), ('a', 3), (b'a', bytearray(b'x'))]:
    try:
        print(re.match(*args))
    except TypeError as e:
        print('TypeError', e)
for f in [lambda: re.compile(b'\\u0041'), lambda: re.compile(b'(?u)a'), lambda: re.compile(b'a', re.U), lambda: re.compile('a', re.L),
          lambda: re.compile(b'a', re.A | re.L), lambda: re.compile('a', re.A | re.U), lambda: re.compile(b'[\xe9-a]'),
          lambda: re.sub('a', b'x', 'a'), lambda: re.sub(b'a', 'x', b'a'), lambda: re.sub('a', 3, 'a'), lambda: re.sub('a', lambda m: 3, 'bab'),
          lambda: re.sub(b'a', lambda m: 'x', b'bab'), lambda: re.sub('(a)', b'\\1', 'a'), lambda: re.sub('(a)', b'[\\1]', 'za'), lambda: re.match('(a)', 'a').expand(b'x')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(re.compile(b'a').match(b'a').re.pattern, re.compile(rb'\x41\101\0').match(b'AA\x00'))
