# str.encode / bytes.decode / str(b, enc) / bytes(s, enc) with the built-in codecs and error handlers.
s = 'h\xe9llo \u20ac \U0001f600'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-32-be', 'latin-1', 'ascii']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
        try:
            b = s.encode(enc, errors)
            print(enc, errors, b, b.decode(enc, 'replace') if enc != 'ascii' else b.decode('ascii'))
        except UnicodeEncodeError as e:
            print(enc, errors, 'UnicodeEncodeError', e, e.encoding, repr(e.object), e.start, e.end, e.reason)
bad = b'ok\xff\xfe-\xc3'
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    try:
        r = bad.decode('utf-8', errors)
        print(errors, ascii(r), r.encode('utf-8', 'surrogateescape') if errors == 'surrogateescape' else '')
    except UnicodeDecodeError as e:
        print(errors, 'UnicodeDecodeError', e, e.encoding, e.object, e.start, e.end, e.reason)
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'x', encoding='ascii'), bytes('\xe9', 'latin-1'), bytearray('\u20ac', 'utf-8'))
print('\ud800'.encode('utf-8', 'surrogatepass'), b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass') == '\ud800')
print(bytearray(b'\xc3\xa9').decode(), 'abc'.encode(encoding='utf-16-be'), b'a\x00'.decode(encoding='utf-16-le'))
for call in [lambda: 'x'.encode('no-such-codec'), lambda: b'x'.decode('no-such-codec'), lambda: '\xe9'.encode('ascii', 'no-such-handler'),
             lambda: 'x'.encode(None), lambda: b'x'.decode(errors=3),
            
             lambda: bytearray(b'\xff').decode()]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
