# An uncaught exception at module level: traceback on stderr, exit code 1.
print('before the error')
x = {'a': 1}
print(x['a'])
raise ValueError('something went wrong')
print('never printed')
