# struct: range messages per code and byte order, half floats, offsets, iter_unpack, argument errors.
import struct
def t(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__+' '+str(e)
for code in 'bBhHiIlLqQnNP':
    for order in '@<>=':
        if order != '@' and code in 'nNP': continue
        print(order+code, '|', t(lambda: struct.pack(order+code, 2**40 if code not in 'qQnNP' else 2**63)), '|', t(lambda: struct.pack(order+code, -1)), '|', t(lambda: struct.pack(order+code, -2**40)),'|', t(lambda: struct.pack(order+code, -2**63-1)), t(lambda: struct.pack(order+code, 2**70)), t(lambda: struct.unpack(order+code, struct.pack(order+code, 5))), t(lambda: struct.unpack(order+code, b'\xff'*struct.calcsize(order+code))))
print(t(lambda: struct.pack('<H', 2**64)), t(lambda: struct.pack('<Q', 2**64)), t(lambda: struct.pack('<q', -2**64)), t(lambda: struct.pack('<B', -2**64)))
def show(f): print(t(f))
show(lambda: struct.pack('<i', 1.0)); show(lambda: struct.pack('<i', '1')); show(lambda: struct.pack('<f', 'x')); show(lambda: struct.pack('<f', 1e300)); show(lambda: struct.pack('<e', 1e6)); show(lambda: struct.pack('<d', 10**400))
show(lambda: struct.pack('<P', 1)); show(lambda: struct.pack('3')); show(lambda: struct.pack('<i i', 1, 2)); show(lambda: struct.calcsize('99999999999999999999i')); show(lambda: struct.calcsize('9999999999999999999i'))
show(lambda: struct.unpack_from('<I', b'ab', 1)); show(lambda: struct.unpack_from('<I', b'abcdef', -1)); show(lambda: struct.unpack_from('<I', b'abcdef', -10)); show(lambda: struct.pack_into('<I', bytearray(6), 4, 1)); show(lambda: struct.pack_into('<I', bytearray(6), -10, 1)); show(lambda: struct.pack_into('<I', bytearray(6), -2, 1)); show(lambda: struct.pack_into('<I', b'123456', 0, 1))
show(lambda: list(struct.iter_unpack('<I', b'12345'))); show(lambda: struct.iter_unpack('', b'')); show(lambda: struct.Struct(5)); show(lambda: struct.pack(5)); show(lambda: struct.Struct('<i').pack())
show(lambda: struct.unpack('<I', 'abcd')); show(lambda: struct.pack('<2c', b'a', b'b')); show(lambda: struct.pack('<2s2p', b'abc', b'abc')); show(lambda: struct.pack('<0s', b'abc')); show(lambda: struct.pack('<1p', b'abc')); show(lambda: struct.pack('<300p', b'a'*300)[:3])
show(lambda: struct.unpack('<2p', b'\x05a')); show(lambda: struct.unpack('@?', b'\x02')); show(lambda: struct.pack('@e', float('nan'))); show(lambda: struct.pack('>e', -0.0)); show(lambda: struct.unpack('<e', b'\x00\x7c')); show(lambda: struct.unpack('<f', b'\x00\x00\xc0\x7f'))
s = struct.Struct('<2h'); show(lambda: (s.format, s.size, s.unpack_from(b'\x00\x01\x02\x03\x04', offset=1), list(s.iter_unpack(b'abcdefgh'))))
it = s.iter_unpack(b'abcdefgh'); print(it.__length_hint__(), next(it), it.__length_hint__(), type(it).__name__, type(s))
show(lambda: struct.pack('i', True)); show(lambda: struct.pack('<Q', -1)); show(lambda: struct.pack('<q', 2**63))
class I:
    def __index__(self): return 7
show(lambda: struct.pack('<i', I())); show(lambda: struct.pack('<f', I())); show(lambda: struct.pack('<d', 3)); show(lambda: struct.calcsize('<')); show(lambda: struct.calcsize(b'<i')); show(lambda: struct.calcsize('<3x2s i')); show(lambda: struct.calcsize('@ci?q')); show(lambda: struct.calcsize('@hq0i')); show(lambda: struct.calcsize('@b0q'))
show(lambda: struct.pack('<I', 2**32)); show(lambda: struct.Struct(b'>h').format)
import math
for v in [0.0, -0.0, 1.0, 65504.0, 65519.99, 65520.0, 6e-8, 5.96e-8, 2.98e-8, 2.99e-8, 1e-5, 0.1, 1/3, -2.5, 1e-10, math.inf]:
    show(lambda: (struct.pack('<e', v), struct.unpack('<e', struct.pack('<e', v))))
for v in [0.1, 3.4028235e38, 3.4028236e38, 1e-46, -1e39, math.nan]:
    show(lambda: struct.unpack('>f', struct.pack('>f', v)))
show(lambda: struct.unpack('<' + 'B'*5, bytes(range(5)))); show(lambda: struct.pack('<5x')); show(lambda: struct.pack('4s', bytearray(b'ab')))
show(lambda: struct.pack()); show(lambda: struct.unpack('i')); show(lambda: struct.calcsize()); show(lambda: struct.Struct()); show(lambda: struct.pack_into('i'));  show(lambda: struct.pack_into('i', bytearray(4)))
show(lambda: struct.unpack_from('<h', buffer=b'\x01\x02')); show(lambda: struct.error.__mro__); show(lambda: struct.Struct('x').unpack(b'\x00'))
for f in [lambda: struct.pack_into(), lambda: struct.iter_unpack(), lambda: struct.unpack(), lambda: struct.unpack_from(), lambda: struct.Struct('i').pack_into(), lambda: struct.Struct('i').unpack(), lambda: struct.pack(x=1), lambda: struct.calcsize(format='i'), lambda: struct.Struct('i').unpack_from(), lambda: struct.Struct('i').iter_unpack()]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
