# nonlocal rebinds a variable of the enclosing function.
def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10))
print(c2())

def outer():
    x = 'outer'
    def middle():
        x = 'middle'
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    result = middle()
    return x, result

print(outer())

def accumulate():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)  # mutation needs no nonlocal
        return total, items
    return add

add = accumulate()
add(1)
print(add(2))

def two_closures():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_

get, set_ = two_closures()
set_(42)
print(get())
