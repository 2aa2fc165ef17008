# is* predicates on ASCII and Unicode samples.
samples = ['abc', 'ABC', 'Abc', '123', '١٢٣', '½', '²', 'abc123', 'a b', '', ' \t\n', 'ünï', 'Ⅻ', '_id', 'class', '3d', 'x\x00']
methods = ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'islower',
           'isupper', 'istitle', 'isidentifier', 'isprintable', 'isascii']
print('sample', *methods)
for s in samples:
    print(repr(s), *[int(getattr(s, m)()) for m in methods])
