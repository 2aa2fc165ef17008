# sub/subn/split/findall: empty-match rules, counts, callables, templates, non-ASCII positions.
import re
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', ''), re.sub('(?:)', '-', 'ab'), re.sub('a|', '-', 'bab'), re.subn('b*', '.', 'abbc'))
print(re.split('x*', 'axbc'), re.split('', 'abc'), re.split(r'\b', 'a b'), re.split('(b)|(x)', 'abc'), re.split('(?=b)', 'abab'))
print(re.split(',', 'a,b,c,d', 2), re.split(',', 'a,b', maxsplit=-1), re.split(',', ''), re.split('(,)', ',a,'))
print(re.findall('', 'ab'), re.findall('a*', 'baab'), re.findall('(a)(b)?', 'aab'), re.findall('(a)|b', 'ab'), re.findall(r'\b\w', 'ab cd'))
print(re.sub('a', 'b', 'aaa', 2), re.sub('a', 'b', 'aaa', count=-1), re.subn('a', 'b', 'aaa', 0), re.sub('a', lambda m: None, 'bab'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home and ann@work'), re.sub('(?P<d>\\d)', '\\g<d>\\g<d>', 'a1b2'))
print(re.sub('é', 'e', 'café crème'), re.sub('(.)', r'\1\1', 'aé😀'), re.findall('.', 'aé😀b'), [m.span() for m in re.finditer('.', 'é😀b')])
print(re.split('é', 'aébéc'), re.search('😀(.)', 'x😀yz').span(1), re.compile('b').search('éébéb', 3).span())
calls = []
def f(m):
    calls.append(m.span())
    return m.group().upper()
print(re.sub(r'\w', f, 'a b'), calls)
print(re.sub('a', 'x', 'a' * 5, count=3), re.sub('^', '>', 'a\nb', flags=re.M), re.sub('$', '<', 'a\nb\n', flags=re.M), re.sub('$', '<', 'a\nb\n'))
long = 'ab' * 5000
print(len(re.findall('a', long)), len(re.sub('b', '', long)), re.search('(ab)+$', long).span())
print(re.sub(r'\s+', ' ', '  lots   of\t\n space  ').strip(), re.sub('[aeiou]', '', 'programming language'))
print(re.split(r'(\d)(x)?', 'a1b2xc'), re.sub('(a)(x)?', r'[\2]', 'ab'))
nested = re.compile(r'(\w)')
print(nested.sub(lambda m: nested.sub('<\\1>', m.group() * 2), 'ab'))
