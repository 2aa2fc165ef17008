# struct errors.
import struct
cases = [lambda: struct.pack('<B', 256), lambda: struct.pack('<b', -129), lambda: struct.pack('<I', -1),
         lambda: struct.pack('<i', 1, 2), lambda: struct.pack('<ii', 1), lambda: struct.unpack('<I', b'\x00'),
         lambda: struct.pack('<h', 1.5), lambda: struct.pack('z', 1), lambda: struct.pack('<c', b'ab'),
         lambda: struct.pack('<s', 'str'), lambda: struct.calcsize('<y'), lambda: struct.pack('<?', [])]
for case in cases:
    try:
        print(case())
    except struct.error as e:
        print('struct.error', e)
    except TypeError as e:
        print('TypeError', e)
print(issubclass(struct.error, Exception))
