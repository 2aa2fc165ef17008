# Lists as stacks; algorithms using lists.
stack = []
for token in '3 4 + 2 *'.split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if token == '+' else a * b)
print(stack)

def quicksort(items):
    if len(items) <= 1:
        return items
    pivot, *rest = items
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])

print(quicksort([5, 3, 8, 1, 9, 2, 7, 3]))

def primes(n):
    sieve = [True] * (n + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, is_p in enumerate(sieve) if is_p]

print(primes(60))
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(list(zip(*grid)))
print(sum(grid, []))
flat = [1, [2, [3, 4]], 5]

def flatten(x):
    out = []
    for item in x:
        out.extend(flatten(item) if isinstance(item, list) else [item])
    return out

print(flatten(flat))
