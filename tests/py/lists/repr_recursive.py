# repr of nested and self-referencing containers.
a = [1, 'two', 3.0, None, [4, [5]], (6,), {'k': 'v'}]
print(a)
print(repr(a) == str(a))
r = [1, 2]
r.append(r)
print(r)
d = {'self': None}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
both = [{}]
both[0]['list'] = both
print(both)
print([[], [[]], [[], []]])
print(['quote\'s', "dq\"", '\n'])
print([1.0, 1e100, -0.0, float('nan')])
