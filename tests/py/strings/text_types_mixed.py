# Subclasses of str/bytes/bytearray, long non-ASCII positions, formatting mixes, and allocation churn under the collector.
class B(bytes):
    pass
b = B(b'abc')
b.x = 1
print(type(b).__name__, b, b.x, len(b), b[0], b + b'd', type(b + b'd').__name__, hash(b) == hash(b'abc'))
class BA(bytearray):
    pass
ba = BA(b'xy'); ba.append(65); ba.y = 2
print(ba, ba.y, repr(ba))
class S(str):
    pass
s = S('héllo wörld')
print(s.upper(), s.split(), s.find('w'), s[3:], '{0:>15}|'.format(s), format(s, '^13'), s.center(15, '*'))
long = 'é' * 100 + 'abc' + 'ü' * 100
print(long.find('abc'), long.rfind('ü'), long.index('b', 50), long.count('é', 10, 60), long.startswith('abc', 100), long.endswith('ü', 0, 150))
print(f'{3.14159:.2f} {"x"!r:>5} {255:#x}')
import gc
for i in range(3000):
    x = bytearray(b'abc' * 10); x.extend(range(10)); x[2:5] = b''
    y = bytes(range(i % 256)); z = '%s-%d-%r' % (x[:3], i, y[:2]); w = '{}{}'.format(z, i).split('-')
gc.collect()
print(z, w)
print(bytes.fromhex('01 02ff').hex(' '), b'abc'.hex(':', -2), str.maketrans('ab', 'xy', 'c'))
print('a\tb\tc'.expandtabs(4), 'x'.zfill(5), '-5'.zfill(4), 'ß'.upper(), 'ǅ'.lower(), 'hello world'.title())
print('%(a)s %(b)05.1f %%' % {'a': [1], 'b': 2.25}, b'%(k)s' % {b'k': b'v'})
print('{:,}'.format(1234567.891), '{0.imag}'.format(3j), '{!a}'.format('ü'))
