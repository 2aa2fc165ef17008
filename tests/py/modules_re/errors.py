# re.error (msg, pos, lineno, colno, str) for bad patterns and bad replacement templates.
import re
bad = ['(', ')', '[a-', 'a{2,1}', '(?P<1>x)', '*', '+a', r'\1(a)', '(?<=a+)b', 'a**', 'a{1,2}{3}', '(?i)a(?m)b', r'\q', r'[\q]',
 '(?P<a>x)(?P<a>y)', '(?P=b)', '(a)(?P=a)', '(?', '(?P', '(?Px', '(?<', '(?<x', '(?z)', '(?i', '(?i-', '(?-', '(?i-:', '(?-i', '(?ia:)',
 '(?L)', '(?-a:x)', r'\x4', r'\u12', r'\U0011ffff', r'\N{NOPE}', r'\N', r'\8', r'[\8]', r'\400', '[z-a]', r'[\d-z]',
 '(?(2)a|b)(a)', '(?(0)a)', '(?(x)a)', '(?(1a)a)', '(?(1)a|b|c)', '(a', '(?#x', 'a\\', '^*', r'\b+', '(?P<a!>x)',
 r'(?<=(?P<x>a)(?P=x))', '(?<=a|bc)', '[', '[]', '(?P=)', '(?P<>a)', 'x\n(\ny', 'ab\ncd\n[', '(?x)\n  a\n  (\n', r'(?i)\q']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, repr(e.pattern), e.args)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
e = re.error('boom')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, repr(e), isinstance(e, Exception), re.error.__module__, re.error.__name__)
e = re.error('boom', 'ab\ncd', 4)
print(e, e.lineno, e.colno, e.args)
e = re.error('boom', b'ab\ncd', 1)
print(e, e.lineno, e.colno)
try:
    raise re.error('x', 'p', 0)
except re.error as e:
    print('caught', e)
class MyErr(re.error): pass
print(issubclass(MyErr, re.error), str(MyErr('m', 'pat', 1)))
for t in [r'\g', r'\g<', r'\g<a', r'\g<>', r'\g<1a>', r'\g<9>', r'\g<-1>', r'\9', r'\q', '\\', r'\777', r'\g<name>']:
    try:
        print(repr(re.sub('(a)', t, 'a')))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e, getattr(e, 'pos', None), repr(getattr(e, 'pattern', None)))
print(repr(re.sub('(a)', r'\&\0\08x\101\g<0>\g<1>\1\\', 'a')))
print(repr(re.sub('(a)|(b)', r'[\1\2]', 'ab')))
