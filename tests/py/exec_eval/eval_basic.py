# eval of expressions with default and explicit namespaces.
x = 10
print(eval('x + 1'), eval('[i * 2 for i in range(3)]'), eval(' 1 + 1 '))
print(eval('x * y', {'x': 2, 'y': 3}), eval('x', {'x': 'global'}, {'x': 'local'}))
print(eval('len("abc")', {}), eval('abs', {'__builtins__': {'abs': 'replaced'}}))
try:
    eval('len("abc")', {'__builtins__': {}})
except NameError as e:
    print(type(e).__name__, e)
print(eval('__name__'), eval('__name__', {'__name__': 'custom'}))
ns = {}
eval('1', ns)
print('__builtins__' in ns)
for bad in ['x = 1', '1 +', 'def f(): pass', ')']:
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
print(eval(compile('x - 1', '<expr>', 'eval')))
print(eval(b'2 ** 5'), eval('\n\n3\n'))

class Mapping:
    def __getitem__(self, key):
        return key.upper()

print(eval('hello + world', {}, Mapping()))
