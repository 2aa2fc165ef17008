# namedtuple, OrderedDict and ChainMap.
from collections import namedtuple, OrderedDict, ChainMap
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=10), Point._make([5, 6]), tuple(p))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), type(p).__name__, Point.__doc__)
P3 = namedtuple('P3', 'a b c', defaults=[0, 0])
print(P3(1), P3._field_defaults, P3(1, 2, 3)._asdict())
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    namedtuple('Bad', ['def', 'x'])
except ValueError as e:
    print(type(e).__name__, e)
R = namedtuple('R', ['class', 'x'], rename=True)
print(R._fields)
od = OrderedDict([('b', 1), ('a', 2)])
od['c'] = 3
od.move_to_end('b')
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict(a=1, b=2)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1), od2)
od2.move_to_end('b', last=False)
print(list(od2))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.maps)
cm['c'] = 4
print(cm.maps[0], cm.new_child({'a': 0})['a'], cm.parents)
