# bytes literals, indexing (ints), slicing (bytes), repr and constructors.
b = b'hello\x00\xff'
print(b, len(b), b[0], b[-1], b[1:3], b[::-1])
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes('é', 'utf-8'), bytes())
print(bytes.fromhex('de ad be ef'), b'\xde\xad'.hex(), b'abc'.hex(':'), b'abcdef'.hex('-', 2))
print(list(b'AB'), b'A' + b'B', b'ab' * 3, b'b' in b'abc', 98 in b'abc')
print(b'a' < b'b', b'abc' == b'abc', b'a' == 'a')
print(repr(b"it's"), repr(b'"'), repr(b'\t\n\r\\'), repr(b'\x7f\x80'))
print(bytes(b'copy'), bytes(bytearray(b'ba')), bytes(memoryview(b'mv')))
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes('str'), lambda: b'a' + 'b',
            lambda: bytes.fromhex('zz'), lambda: b'abc'[5]]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(hash(b'x') == hash(b'x'), type(b[0]).__name__, type(b[0:1]).__name__)
print(b'%s %d %x %r' % (b'bytes', 42, 255, b'r'))
print(b'%5s|%-5s|' % (b'ab', b'cd'), b'%c' % 65, b'%c' % b'z')
try:
    b'%s' % 'str'
except TypeError as e:
    print(type(e).__name__, e)
