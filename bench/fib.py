# Recursive function calls: fib(30), a few times over.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

total = 0
for _ in range(5):
    total += fib(30)
print(total)
