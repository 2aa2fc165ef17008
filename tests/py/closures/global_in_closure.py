# global and nonlocal in nested functions.
value = 'module'

def outer():
    value = 'outer local'
    def inner():
        global value
        value = 'set by inner'
    inner()
    return value

print(outer(), value)

def make():
    state = []
    def push(x):
        state.append(x)
        return len(state)
    def pop():
        return state.pop()
    return push, pop

push, pop = make()
push('a'); push('b')
print(pop(), push('c'))

def deep():
    level = 0
    def one():
        def two():
            nonlocal level
            level += 2
        two()
        return level
    return one()

print(deep())

def gen_closure():
    factor = 3
    return (factor * i for i in range(3))

print(list(gen_closure()))
try:
    exec('def bad():\n    nonlocal zz\n')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
