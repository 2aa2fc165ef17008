# product, permutations, combinations, combinations_with_replacement, groupby.
from itertools import product, permutations, combinations, combinations_with_replacement, groupby
print(list(product('ab', [1, 2])), list(product([0, 1], repeat=2)), list(product()))
print(list(permutations('abc', 2)), len(list(permutations(range(5)))))
print(list(combinations('abcd', 2)), list(combinations(range(3), 0)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('ab', 2)))
data = 'aaabccddd'
print([(k, len(list(g))) for k, g in groupby(data)])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, list(g)) for k, g in groupby(sorted(words, key=len), key=len)])
groups = groupby([1, 1, 2])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(sum(1 for _ in product(range(10), repeat=3)))
