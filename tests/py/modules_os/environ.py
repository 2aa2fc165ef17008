# os.environ is a mapping of str to str; changes are visible through getenv.
import os
print(type(os.environ).__name__, isinstance(os.environ.get('PATH'), str))
os.environ['KLASS_TEST_VAR'] = 'value 1'
print(os.environ['KLASS_TEST_VAR'], os.getenv('KLASS_TEST_VAR'), 'KLASS_TEST_VAR' in os.environ)
del os.environ['KLASS_TEST_VAR']
print(os.getenv('KLASS_TEST_VAR'), os.getenv('KLASS_TEST_VAR', 'default'), os.environ.get('KLASS_TEST_VAR'))
try:
    os.environ['KLASS_TEST_VAR']
except KeyError as e:
    print(type(e).__name__, e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(type(os.getpid()).__name__, os.getpid() > 0, type(os.cpu_count()).__name__)
print(callable(os.system), callable(os.urandom), len(os.urandom(8)))
