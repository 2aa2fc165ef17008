# collections.Counter.
from collections import Counter
c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), sorted(c.elements())[:6])
c.update('aaz')
c.subtract({'a': 2, 'q': 1})
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2))
print(+Counter(a=1, b=-1), -Counter(a=1, b=-1), Counter(a=2).total())
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(), Counter({'x': 0}) == Counter())
print(Counter([1, 1, 2]), dict(Counter('aab')), list(Counter('bba')))
