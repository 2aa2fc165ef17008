# try/finally inside generators runs on exhaustion and on close().
def resource(name):
    print('open', name)
    try:
        yield name + '-1'
        yield name + '-2'
    finally:
        print('close', name)

for v in resource('a'):
    print(v)
g = resource('b')
print(next(g))
g.close()

def first(gen):
    for item in gen:
        gen.close()  # explicit: finalisation timing of abandoned generators is not specified
        return item

print(first(resource('c')))
print('after first')

def nested():
    try:
        yield from resource('inner')
    finally:
        print('outer finally')

n = nested()
print(next(n))
n.close()
print(list(resource('e')))
