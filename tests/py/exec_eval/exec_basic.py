# exec of statements with explicit globals and locals.
code = '''
total = 0
for i in range(5):
    total += i
def helper():
    return 'helper sees total=%d' % total
'''
ns = {}
exec(code, ns)
print(ns['total'], ns['helper'](), sorted(k for k in ns if k != '__builtins__'))
g = {'shared': 'global value'}
l = {}
exec('a = shared + "!"\nb = len(a)', g, l)
print(l, 'a' in g)
exec('y = 5')
print(y)
print(exec('1 + 1'))

def in_function():
    exec('z = 1')
    return 'z' in locals(), locals().get('z')

print(in_function())
try:
    exec('raise ValueError("from exec")')
except ValueError as e:
    print(type(e).__name__, e)
try:
    exec('def broken(:\n    pass')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
exec('class Made:\n    attr = 42', ns)
print(ns['Made'].attr, ns['Made'].__module__)  # no __name__ in ns: the module is 'builtins'
exec('import math as m_alias', ns)
print(ns['m_alias'].pi)
exec(compile('result = 6 * 7', '<made>', 'exec'), ns)
print(ns['result'])
