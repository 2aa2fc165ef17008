# An uncaught ExceptionGroup prints its nested tree.
def task(n):
    if n % 2:
        raise ValueError('task %d failed' % n)
    return n

errors = []
for n in range(4):
    try:
        task(n)
    except ValueError as e:
        errors.append(e)
print(len(errors), 'failures')
raise ExceptionGroup('tasks failed', errors)
