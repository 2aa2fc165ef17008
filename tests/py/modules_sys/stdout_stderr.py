# Writing to sys.stdout and sys.stderr; replacing sys.stdout temporarily.
import sys
import io
sys.stdout.write('plain write\n')
n = sys.stdout.write('count me\n')
print(n)
sys.stderr.write('an error line\n')
saved = sys.stdout
buffer = io.StringIO()
sys.stdout = buffer
print('captured', 1, 2)
sys.stdout = saved
print(repr(buffer.getvalue()))
print(sys.__stdout__ is saved)
print('via print to stderr', file=sys.stderr)
sys.stdout.flush()
print(sys.stdout.isatty())
