# bytes methods mirror str's where they make sense.
b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' H'))
print(b.upper(), b.lower(), b.swapcase(), b'hello world'.title(), b'hello'.capitalize())
print(b.split(), b'a,b,,c'.split(b','), b'a b c'.rsplit(None, 1), b'l1\nl2\r\n'.splitlines())
print(b'-'.join([b'a', b'b']), b''.join([b'x', bytearray(b'y')]))
print(b.find(b'World'), b.index(b'o'), b.rfind(b'o'), b.count(b'l'), b.find(111))
print(b.replace(b'l', b'L'), b.startswith(b'  H'), b.endswith((b'x', b'  ')))
print(b'abc'.isalpha(), b'123'.isdigit(), b'a1'.isalnum(), b' '.isspace(), b'ab'.islower(), b'AB'.isupper())
print(b'x'.center(5, b'*'), b'x'.ljust(3), b'x'.rjust(3, b'0'), b'7'.zfill(3))
print(b'key=val'.partition(b'='), b'a.b.c'.rpartition(b'.'))
print(b'caf\xc3\xa9'.decode('utf-8'), b'\xe9'.decode('latin-1'))
print(b'a\tb'.expandtabs(4), b'abc'.translate(bytes.maketrans(b'abc', b'xyz')), b'abcabc'.translate(None, b'b'))
print(b'prefix-x'.removeprefix(b'prefix-'), b'x.txt'.removesuffix(b'.txt'))
try:
    b'abc'.join(['x'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'abc'.find('a')
except TypeError as e:
    print(type(e).__name__, e)
