squares = [x * x for x in xs if x]
pairs = {k: v for k, v in items}
unique = {c for row in grid for c in row}
lazy = (n for n in range(10))
def f(data):
    return [y for x in data if (y := x * 2)]
