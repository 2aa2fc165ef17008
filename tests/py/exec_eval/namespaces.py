# exec/eval with a custom locals mapping and closures over exec'd code.
class Recorder(dict):
    def __setitem__(self, key, value):
        print('store', key, value)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        print('load', key)
        return super().__getitem__(key)

loc = Recorder()
exec('a = 1\nb = a + 1', {}, loc)
print(dict(loc))
g = {}
exec('def outer():\n    v = "captured"\n    return lambda: v\n', g)
print(g['outer']()())
exec('counter = 0\ndef bump():\n    global counter\n    counter += 1\n', g)
g['bump']()
g['bump']()
print(g['counter'])
print(eval('(lambda: x)()', {'x': 'global x'}, {'x': 'local x'}))
code = compile('n * 2', '<n>', 'eval')
print([eval(code, {'n': n}) for n in range(4)])
