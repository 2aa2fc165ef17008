# Default parameter values: evaluated once at definition time.
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct

print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(greeting='Yo', name='Di'))

def append_to(x, lst=[]):
    lst.append(x)
    return lst

print(append_to(1))
print(append_to(2))  # the same list object is reused
print(append_to.__defaults__)

def safe_append(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst

print(safe_append(1), safe_append(2))
counter = 10

def snapshot(v=counter):
    return v

counter = 20
print(snapshot())

def kw_default(a, *, b=2, c):
    return a, b, c

print(kw_default(1, c=3))
print(kw_default.__kwdefaults__)
print(greet.__defaults__)
greet.__defaults__ = ('Hey', '.')
print(greet('Ed'))
