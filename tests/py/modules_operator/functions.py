# operator module: functional forms of operators, itemgetter, attrgetter, methodcaller.
import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 2), op.pow(2, 5))
print(op.neg(3), op.pos(-3), op.abs(-3), op.invert(5), op.lshift(1, 4), op.rshift(16, 2), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(2, 3), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.concat([1], [2]), op.getitem('abc', 1))
lst = [1, 2, 3]
op.setitem(lst, 0, 'x')
op.delitem(lst, 1)
print(lst, op.index(5), op.length_hint([1, 2]), op.length_hint(iter([]), 7))
x = [1]
print(op.iadd(x, [2]), x, op.iadd(1, 2))
get1 = op.itemgetter(1)
get02 = op.itemgetter(0, 2)
print(get1('abc'), get02('abc'), sorted([(1, 'b'), (2, 'a')], key=get1), op.itemgetter('k')({'k': 'v'}))

class P:
    def __init__(self):
        self.name = 'p'
        self.child = self
    def greet(self, greeting, punct='!'):
        return greeting + ' ' + self.name + punct

p = P()
print(op.attrgetter('name')(p), op.attrgetter('child.child.name', 'name')(p), op.methodcaller('greet', 'hi', punct='?')(p))
print(op.methodcaller('upper')('abc'), op.matmul.__name__)
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__, e)
