# global rebinds module-level names from inside functions.
counter = 0

def increment():
    global counter
    counter += 1

for _ in range(3):
    increment()
print(counter)

def create():
    global created
    created = 'made inside a function'

create()
print(created)

def shadow():
    counter = 100  # local, does not touch the global
    return counter

print(shadow(), counter)

def read_only():
    return counter  # reading a global needs no declaration

print(read_only())

def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 5

unbound()

class K:
    global counter
    counter = 'set from class body'

print(counter)
print('created' in globals())
