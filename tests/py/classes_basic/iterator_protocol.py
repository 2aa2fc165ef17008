# Classes implementing __iter__/__next__, iterables vs iterators.
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIterator(self.limit)

class FibIterator:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value

f = Fib(50)
print(list(f), list(f), sum(f), max(f), 21 in f)
it = iter(f)
print(next(it), next(it), next(it), list(it), list(it))
a, b, *rest = Fib(10)
print(a, b, rest)
print(dict(zip(Fib(5), 'abcdef')), sorted(Fib(20), reverse=True))

class GenIter:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for item in self.items:
            yield item.upper()

print(list(GenIter('abc')), [x for x in GenIter(['x'])], tuple(GenIter('')))
