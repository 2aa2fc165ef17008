# struct.pack/unpack with byte orders, sizes and alignment.
import struct
print(struct.pack('<I', 1), struct.pack('>I', 1), struct.pack('<h', -2), struct.pack('>q', -1))
print(struct.pack('<?bBhHiIqQ', True, -1, 255, -1, 65535, -1, 2 ** 32 - 1, -1, 2 ** 64 - 1))
print(struct.pack('<f', 1.5), struct.pack('>d', -2.25), struct.pack('<e', 0.5))
print(struct.pack('3s', b'abcdef'), struct.pack('5s', b'ab'), struct.pack('c', b'x'), struct.pack('2x'), struct.pack('p', b'x'))
print(struct.unpack('<I', b'\x01\x00\x00\x00'), struct.unpack('>hh', b'\x00\x01\xff\xff'), struct.unpack('<d', struct.pack('<d', 3.14)))
print(struct.unpack('<3sc?', b'abcd\x01'), struct.unpack('4B', b'\x01\x02\x03\x04'))
print(struct.calcsize('<i'), struct.calcsize('@bi'), struct.calcsize('=bi'), struct.calcsize('<qh'), struct.calcsize('10s'), struct.calcsize('!HH'))
print(struct.pack('!H', 258), struct.pack('@bi', 1, 2))  # native alignment pads the int to offset 4
s = struct.Struct('<HH')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00'))
buf = bytearray(8)
struct.pack_into('<HI', buf, 1, 7, 9)
print(buf, struct.unpack_from('<I', buf, 3), list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')))
