# Unbounded recursion raises a catchable RecursionError; the program continues.
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print('still running')

def count_depth(n=0):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n

depth = count_depth()
print(depth > 100)
print(isinstance(RecursionError(), RuntimeError))

class Loop:
    def __getattr__(self, name):
        return getattr(self, name + 'x')

try:
    Loop().a
except RecursionError as e:
    print('via __getattr__:', type(e).__name__)

def mutual_a(n):
    return mutual_b(n)

def mutual_b(n):
    return mutual_a(n)

for attempt in range(3):
    try:
        mutual_a(0)
    except RecursionError:
        print('attempt', attempt, 'caught')
print(sum(range(10)))
