# x if cond else y: lazily evaluated, right-associative, lowest precedence after lambda.
def pick(n):
    return 'neg' if n < 0 else 'zero' if n == 0 else 'pos'

for n in (-5, 0, 5):
    print(n, pick(n))

def loud(x):
    print('eval', x)
    return x

print(loud('a') if True else loud('b'))
print(loud('a') if False else loud('b'))
print([x if x % 2 else -x for x in range(6)])
y = 1 if [] else 2
print(y)
print((lambda: 'l')() if 1 else None)
z = 3 + (10 if False else 20)
print(z)
print(3 + 10 if False else 20)
print(*(['a'] if 1 else ['b']))
