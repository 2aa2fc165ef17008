# Compiled patterns, flags, pattern attributes and errors.
import re
p = re.compile(r'(\d+)-(\d+)', re.IGNORECASE)
print(p.pattern, p.groups, p.flags & re.I != 0, type(p).__name__)
print(p.match('10-20').groups(), p.search('x 1-2 y').group(), p.findall('1-2 3-4'), p.sub('X', 'a 1-2 b'))
print(p.match('x10-20', 1).group(), p.search('10-20', 0, 3))
print(p.split('a1-2b3-4c'), list(m.span() for m in p.finditer('1-2 3-4')))
print(re.compile('a').pattern, re.I == re.IGNORECASE, int(re.M), int(re.S), int(re.X), int(re.A))
print(repr(p), repr(re.compile('x', re.M | re.S)))
m = p.match('7-8')
print(repr(m), m.expand(r'\2:\1'))
for bad in ['(', '[a-', 'a{2,1}', '(?P<1>x)', '*', r'\1(a)', '(?<=a+)b']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), '->', type(e).__name__, e.msg, e.pos)
try:
    re.match(r'(a)', 'a').group(5)
except IndexError as e:
    print(type(e).__name__, e)
print(re.purge() is None, re.error.__name__)
