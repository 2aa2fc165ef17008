# A traceback through a generator frame and a list comprehension.
def numbers():
    yield 1
    yield 2
    raise ValueError('generator failed')

def consume():
    return [n * 2 for n in numbers()]

print('start')
consume()
