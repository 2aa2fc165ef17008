# while with else, break and continue.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print('n =', n)
else:
    print('else runs when the condition becomes false')

n = 0
while True:
    n += 1
    if n > 3:
        break
else:
    print('not printed: break skips else')
print('after break', n)

i = 10
while i:
    i //= 2
print(i)

def collatz(x):
    steps = 0
    while x != 1:
        x = x // 2 if x % 2 == 0 else 3 * x + 1
        steps += 1
    return steps

print([collatz(k) for k in range(1, 12)])
found = None
outer = 0
while outer < 5:
    inner = 0
    while inner < 5:
        if outer * inner == 6:
            found = (outer, inner)
            break
        inner += 1
    if found:
        break
    outer += 1
print(found)
while 0:
    print('never')
else:
    print('else of a loop that never ran')
