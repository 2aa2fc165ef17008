# print's sep, end, file and flush arguments; input() at EOF.
import sys
print('a', 'b', 'c')
print('a', 'b', sep='-')
print('no newline', end='')
print(' <- continued')
print('x', 'y', sep='', end='!\n')
print()
print(1, 2.5, None, True, [1], {'k': 'v'}, (1,), sep=' | ')
print('to stderr', file=sys.stderr)
print('to stdout', file=sys.stdout, flush=True)
print(*range(5))
print(*[], sep='x')
print('sep None', 'works', sep=None, end=None)
try:
    print('x', sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
try:
    print('x', file='not a file')
except AttributeError as e:
    print(type(e).__name__, e)

class Custom:
    def __str__(self):
        return 'Custom.__str__'

print(Custom())
sys.stdout.write('written directly\n')
print(sys.stdout.write('abc'), end='\n')
