# Generator pipelines: chained generators, generator expressions, yield from.
def source(n):
    for i in range(n):
        yield i

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def scaled(it, k):
    yield from (x * k for x in it)

def windows(it):
    prev = None
    for x in it:
        if prev is not None:
            yield prev + x
        prev = x

total = 0
for _ in range(4):
    total += sum(windows(scaled(evens(source(1_500_000)), 3)))
print(total)
