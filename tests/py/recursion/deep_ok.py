# Recursion well within the default limit works; setrecursionlimit changes the limit.
import sys
print(sys.getrecursionlimit())

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(900))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3))

def hanoi(n, a='A', b='B', c='C', moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves

print(len(hanoi(10)), hanoi(2))
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
sys.setrecursionlimit(1000)
try:
    depth(2500)
except RecursionError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
