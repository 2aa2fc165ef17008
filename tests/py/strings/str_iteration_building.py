# Building strings in loops and with comprehensions.
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, '|'.join(parts))
s = ''
for ch in 'abc':
    s += ch.upper() + ch
print(s)
print(''.join(reversed('stressed')))
print(''.join(c for c in 'h-e-l-l-o' if c != '-'))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(' '.join(w[::-1] for w in words))
print({w: len(w) for w in words})
print(sorted(set(words)))
print(max(words, key=len), min(words, key=len))
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(str.upper('x'), str.join(',', 'ab'))
print(list(map(str.strip, [' a ', 'b '])))
print('abc' * 3 == 'abcabcabc', ('ab' + 'c') * 2)
