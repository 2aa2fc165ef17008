# maketrans/translate, encode/decode basics, and misc methods.
table = str.maketrans('abc', 'xyz')
print('aabbcc'.translate(table))
print(sorted(table.items()))
table2 = str.maketrans({'a': '1', 'b': None, 'c': 'CC'})
print('abcabc'.translate(table2))
table3 = str.maketrans('ab', 'AB', 'xyz')
print('axbycz'.translate(table3))
print('hello'.translate({ord('l'): 'L'}))
try:
    str.maketrans('abc', 'x')
except ValueError as e:
    print(type(e).__name__, e)
print('café'.encode(), 'café'.encode('latin-1'), b'caf\xc3\xa9'.decode())
print('café'.encode('ascii', 'replace'), 'café'.encode('ascii', 'ignore'), 'café'.encode('ascii', 'xmlcharrefreplace'))
print('café'.encode('ascii', 'backslashreplace'))
try:
    'café'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'))
print(b'\xff'.decode('latin-1'), 'x'.encode('utf-16'), 'x'.encode('utf-32-be'))
