# find, rfind, index, rindex, count, replace, startswith, endswith.
s = 'the cat sat on the mat'
print(s.find('at'), s.find('at', 6), s.find('at', 6, 9), s.find('dog'))
print(s.rfind('at'), s.rfind('the'), s.index('sat'), s.rindex('t'))
print(s.count('at'), s.count('t'), s.count(''), 'aaaa'.count('aa'))
print(s.replace('at', 'og'), s.replace('the', 'a', 1), s.replace('', '-')[:12])
print(s.startswith('the'), s.startswith(('a', 'th')), s.startswith('cat', 4))
print(s.endswith('mat'), s.endswith(('x', 'at')), s.endswith('cat', 0, 7))
try:
    s.index('dog')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex('dog')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(['the'])
except TypeError as e:
    print(type(e).__name__, e)
print('abc'.find(''), 'abc'.find('', 5), 'abc'.rfind(''))
print('ééé'.find('é', 1), 'a😀b'.find('b'))
print('aaa'.replace('a', 'bb', 2), 'abc'.replace('x', 'y'))
print('prefix_name'.removeprefix('prefix_'), 'name.py'.removesuffix('.py'), 'x'.removeprefix('y'))
