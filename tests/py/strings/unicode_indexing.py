# str indexes code points, not bytes or UTF-16 units.
s = 'naïve café 😀 日本語'
print(len(s), len(s.encode('utf-8')), len(s.encode('utf-16-le')) // 2)
print(s[2], s[8], s[11], s[-1], s[13:])
print([ord(c) for c in 'é😀'])
print(s[::-1])
print(chr(0x1F600) == '😀', chr(233), '\u00e9' == 'é')
print('e\u0301' == 'é', len('e\u0301'))
import unicodedata
print(unicodedata.normalize('NFC', 'e\u0301') == 'é')
print(unicodedata.name('é'), unicodedata.category('A'), unicodedata.category('1'))
print(repr('\ud800'), len('\ud800'))
print('😀'.upper(), 'ǆ'.upper(), 'ǆ'.title())
print(sorted(['b', 'é', 'a', 'z', 'É']))
print(max('日本語'), min('日本語'))
print('😀' in s, s.index('😀'), s.count('é'))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord('ab')
except TypeError as e:
    print(type(e).__name__, e)
