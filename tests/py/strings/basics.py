# Basic str operations: concatenation, repetition, len, membership, comparison.
s = 'hello'
print(s + ' world', s * 3, 3 * 'ab', '' * 5, 'x' * 0, 'y' * -1)
print(len(s), len(''), 'ell' in s, 'z' not in s, '' in s)
print(s[0], s[-1], s[1:3], s[::-1], s[::2])
print('a' < 'b', 'abc' < 'abd', 'Z' < 'a', 'ab' < 'abc', 'b' > 'abc')
print('abc' == 'abc', 'a' != 'A')
print(str(), str(42), str(3.5), str([1, 'a']), str(None), str(b'x'))
print(repr('quote\'s'), repr("dq\"s"), repr('both \' "'))
print(min('hello'), max('hello'), sorted('hello'))
print(list('abc'), tuple('ab'), ''.join(['a', 'b', 'c']))
for ch in 'hi':
    print(ch, ord(ch))
print(chr(72) + chr(105))
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'H'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' * 'b'
except TypeError as e:
    print(type(e).__name__, e)
print(hash('abc') == hash('ab' + 'c'))
print(s.__len__(), s.__getitem__(1), s.__contains__('lo'))
