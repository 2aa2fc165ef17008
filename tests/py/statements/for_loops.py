# for over lists, strings, dicts, ranges and iterators; else, break, continue.
for c in 'abc':
    print(c, end=' ')
print()
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print(i, end=' ')
else:
    print('not reached')
print()
for i in []:
    print('never')
else:
    print('else after exhausting an empty loop')
for k in {'b': 1, 'a': 2}:
    print(k)
for k, v in {'b': 1, 'a': 2}.items():
    print(k, v)
total = 0
for n in range(1, 101):
    total += n
print(total)
for i in range(3):
    pass
print('loop variable survives:', i)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)  # the list iterator sees appended items
print(lst)
it = iter([1, 2, 3, 4])
for a in it:
    print('pair', a, next(it))
for x in range(3):
    for y in range(3):
        if y == 2:
            break
        print((x, y), end=' ')
    else:
        print('inner else')
print()
for ch in 'xyz':
    pass
else:
    print('last', ch)
