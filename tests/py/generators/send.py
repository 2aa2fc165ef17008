# send() resumes a generator with a value for the pending yield expression.
def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = running_average()
print(next(avg))
print(avg.send(10))
print(avg.send(20))
print(avg.send(0))

def echo():
    received = yield 'ready'
    while True:
        received = yield 'got %r' % (received,)

e = echo()
print(e.send(None))
print(e.send(1))
print(e.send('x'))
print(next(e))
g = running_average()
try:
    g.send(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
