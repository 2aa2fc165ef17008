# globals() and locals() in module, function and class scopes.
x = 1
print('x' in globals(), globals()['x'], globals() is locals())
globals()['created_dynamically'] = 'hello'
print(created_dynamically)

def func(a, b=2):
    c = a + b
    return locals()

print(func(1))

class Body:
    attr = 5
    snapshot = sorted(k for k in locals() if not k.startswith('__'))

print(Body.snapshot)

def modify():
    y = 1
    locals()['y'] = 100
    return y

print(modify())
print(globals()['__name__'], sorted(k for k in globals() if k.startswith('__') and k != '__builtins__' and k != '__annotations__'))
