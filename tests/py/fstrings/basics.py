# f-string interpolation of expressions.
name = 'World'
n = 42
print(f'Hello, {name}!')
print(f'{n} + 1 = {n + 1}')
print(f'{name.upper()} {len(name)}')
print(f'{[1, 2, 3][1]} {({"k": "v"})["k"]}')
print(f"{'nested quotes'}")
print(f'{{literal braces}} {{{n}}}')
print(f'{n!r} {name!r} {name!s} {"é"!a}')
items = ['a', 'b']
print(f'{", ".join(items)}')
print(f'{n if n > 0 else -n}')
print(f'{(lambda x: x * 2)(5)}')
print(f'multi {1}' f' part {2}' ' plain')
print(f'{3.14159:.2f}|{n:5d}|{n:<5}|{n:^5}|{n:>5}|')
print(f'''triple
{name}''')
x = 10
print(f'{x = }')
print(f'{x=}')
print(f'{x + 1 = }')
print(f'{name = !s}')
print(f'{x=:>6}')
print(f'{x * 2 =}')
print(F'capital F {x}')
print(f'{"tab"}\t{"newline"}\n{"end"}')
print(f'')
print(f'{None} {True} {3j} {b"by"}')
