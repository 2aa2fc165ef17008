# bytearray is a mutable bytes.
ba = bytearray(b'hello')
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b' ok')
print(ba)
ba[1:5] = b'EY'
print(ba)
del ba[0]
print(ba)
ba.insert(0, 65)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord('E'))
print(ba)
ba.reverse()
print(ba)
ba += b'!!'
print(ba, ba * 2)
print(bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(b'x') == b'x')
print(ba.upper(), type(ba.upper()).__name__, ba.find(b'!'))
c = bytearray(b'abc')
c.clear()
print(c, c.copy())
for bad in [lambda: ba.__setitem__(0, 256), lambda: ba.append('x'), lambda: ba.remove(200), lambda: bytearray().pop()]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    hash(bytearray())
except TypeError as e:
    print(type(e).__name__, e)
d = bytearray(b'0123456789')
d[::2] = b'abcde'
print(d)
d[2:8] = b''
print(d, bytes(d), bytearray.fromhex('41 42'))
