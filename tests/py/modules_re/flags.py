# RegexFlag values and reprs, Pattern repr/equality/hash, inline and scoped flags, case folding.
import re
print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.T, re.DEBUG, re.NOFLAG, repr(re.I | re.M), str(re.I | re.S))
print(int(re.I), re.I == 2, re.I | 0, repr(re.I | 512), repr(re.RegexFlag(1024)), repr(~re.I), repr(re.I & re.M), repr(re.I ^ re.I))
print(type(re.I).__name__, isinstance(re.I, int), re.I.name, re.I.value, (re.I | re.M).name, re.RegexFlag(2) is re.I, re.RegexFlag['DOTALL'])
print(list(re.I | re.M | re.A), len(re.I | re.M), re.I in (re.I | re.M), re.S in (re.I | re.M), f'{re.I}', format(re.I, 'd'), '%d' % re.M)
print(list(re.RegexFlag), re.I + 1, re.IGNORECASE is re.I, re.RegexFlag.VERBOSE, sorted(re.__all__) == sorted(set(re.__all__)))
print(re.compile('a', re.I | re.M).flags, re.compile(b'a').flags, re.compile('(?s)a').flags, re.compile('(?x) a').flags, re.compile('a', re.A).flags)
for p, f in [('a+', re.I), ('x', re.M | re.S), ('a', 0), (b'a', 0), (b'a', re.I | re.L), ('a', re.A), ('a', re.U), ('a', re.X | re.A | re.I), ('a' * 300, 0), ('(?i)a', 0), ("it's", 0)]:
    print(repr(re.compile(p, f)))
p = re.compile('a+', re.I)
print(p == re.compile('a+', re.I), p != re.compile('a+'), p == re.compile(b'a+', re.I), hash(p) == hash(re.compile('a+', re.I)), p is re.compile('a+', re.I))
print(re.compile(p) is p, re.compile(p, 0) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(3)
except TypeError as e:
    print('TypeError', e)
print(p.groups, p.groupindex, re.compile('(?P<a>x)(y)(?P<b>z)').groupindex, type(re.compile('(?P<a>x)').groupindex).__name__)
re.purge()
print(re.match('(?i)straße', 'STRASSE'), re.match('(?i)straße', 'STRAẞE'), re.findall('(?i)[a-z]', 'ǅK'), re.findall('(?i)k', 'Kk\u212a'))
print(re.findall(r'(?a:\w+)', 'héllo wörld'), re.findall(r'(?u:\w+)', 'héllo', re.A) if False else '', re.findall(r'\w+', 'héllo', re.A|re.I))
print(re.findall('(?i:a)b', 'ab Ab aB AB'), re.findall('a(?-i:b)', 'ab Ab aB AB', re.I), re.findall('(?s:.)', 'a\n'), re.findall('(?m:^)x', 'x\nx'))
