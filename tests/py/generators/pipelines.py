# Generator pipelines: lazily chained stages.
def numbers(limit):
    for n in range(limit):
        print('produce', n)
        yield n

def evens(source):
    for n in source:
        if n % 2 == 0:
            yield n

def squared(source):
    for n in source:
        yield n * n

pipeline = squared(evens(numbers(6)))
print('nothing produced yet')
for value in pipeline:
    print('consume', value)

def take(n, source):
    for i, item in enumerate(source):
        if i == n:
            return
        yield item

def naturals():
    n = 1
    while True:
        yield n
        n += 1

print(list(take(5, squared(naturals()))))
lines = ['# comment', 'key1 = a', '', 'key2=b', '   # indented comment', 'key3 = c = d']
stripped = (line.strip() for line in lines)
meaningful = (line for line in stripped if line and not line.startswith('#'))
pairs = (line.split('=', 1) for line in meaningful)
print({k.strip(): v.strip() for k, v in pairs})
total = sum(x for x in squared(range(1000)) if x % 7 == 0)
print(total)
