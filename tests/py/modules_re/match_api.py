# Match objects: group/groups/groupdict, spans, lastindex/lastgroup, pos/endpos, repr, finditer and the scanner.
import re
m = re.search(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?', 'hi Jane Doe there')
print(m.group(), m.group(0, 1, 'last'), m.groups(), m.groups('x'), m.groupdict(), m.groupdict(default='?'))
print(m.start(), m.end(), m.span(), m.start('last'), m.span('opt'), m.start(3), m.end(3))
print(m.regs, m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re)
print(m[0], m['first'], m[2], m[True], repr(m[3]))
print(m.expand(r'\g<last>, \g<first>\g<opt>'), m.expand(r'\2 \1 \g<0>'), m.expand(b'x' if False else r'\n\t\\'))
for bad in [5, -1, 'nope', 1.0, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m.start('nope')
except IndexError as e:
    print('IndexError', e)
print(bool(m), type(m).__name__, type(m).__module__, type(m.re).__name__, type(m.re).__module__)
print(repr(re.match('a' * 80, 'a' * 80)))
print(repr(re.match('(x)?', '')), re.match('(x)?', '').lastindex, re.match('(a)(b)', 'ab').lastindex, re.match('(?P<n>a)(b)', 'ab').lastgroup)
print(re.match(r'((a)|b)+', 'ab').groups(), re.match(r'((a)|b)+', 'ab').lastindex)
m = re.compile(r'\d+').search('ab123cd', 1, 6)
print(m, m.pos, m.endpos, re.compile(r'\d+').search('ab123cd', -5, 100).pos, re.compile(r'\d+').search('ab123cd', pos=3, endpos=4))
print(re.compile('a').match('ba', 1), re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1), re.compile('x').search('abc', 5, 2))
print(re.compile(r'\w+').fullmatch('abc def', 4), re.compile(r'\w+').fullmatch('abc def', 0, 3))
import copy
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(re.match('(?P<a>.)(?P<b>.)?', 'x').groupdict())
print([m.span() for m in re.finditer(r'\b', 'ab cd')], [m.group() for m in re.finditer('', 'ab')])
it = re.finditer(r'\d', 'a1b2')
print(type(it).__name__, next(it), list(it))
sc = re.compile(r'\d').scanner('a1b22')
print(sc.search(), sc.search(), sc.match(), sc.search(), sc.search(), sc.pattern)
sc = re.compile(r'\d').scanner('12a')
print(sc.match(), sc.match(), sc.match(), sc.match())
