# Closures capture variables, not values.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def make():
    fs = []
    for j in range(3):
        def f():
            return j
        fs.append(f)
    j = 100
    return fs

print([f() for f in make()])

def factory(n):
    return lambda: n

print([factory(k)() for k in range(3)])

def outer():
    x = 1
    def show():
        return x
    x = 2
    return show

print(outer()())
