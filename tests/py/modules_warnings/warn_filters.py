# warnings: default once-per-location output with the source line, filters, actions, catch_warnings.
import warnings, sys
def f():
    warnings.warn('careful')
for i in range(3):
    f()
warnings.warn('deprecated thing', DeprecationWarning)
warnings.warn('pending', PendingDeprecationWarning)
warnings.warn(RuntimeWarning('as instance'))
def g():
    warnings.warn('from caller', UserWarning, stacklevel=2)
g()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    f(); f()
    warnings.warn('x', SyntaxWarning)
print(len(log), [str(w.message) for w in log], log[0].category.__name__, log[0].lineno, log[0].filename.endswith('w.py'))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom')
    except UserWarning as e:
        print('raised', e)
warnings.filterwarnings('ignore', message='ign.*')
warnings.warn('ignore me')
warnings.warn('Ignored too (case)')
warnings.warn('shown')
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10, 'line src'))
try:
    warnings.warn('x', int)
except TypeError as e:
    print(e)
print(len(warnings.filters), warnings.filters[0][0], warnings.filters[-1])
with warnings.catch_warnings(record=True) as w2:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('once only')
print(len(w2))
sys.stderr.flush()
