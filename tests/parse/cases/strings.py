'single'
"double"
'''triple
single'''
"""triple
double"""
'a' 'b' "c"
'concat' \
    'continued'
r'raw\n'
R"raw\t"
b'bytes'
B"bytes"
br'raw bytes\x00'
Rb'x'
bR'x'
u'unicode'
U'unicode'
u'first' 'second'
'first' u'second'
'\n\t\r\\\'\"\a\b\f\v\0'
'\x41\101\u00e9\U0001F600'
'\N{LATIN SMALL LETTER E WITH ACUTE}\N{bullet}'
'\d \w unknown escapes'
b'\x00\xff\n\\'
'\ud800 lone surrogate'
'non-ascii é ü 中文 😀'
'line\
continuation'
''
""
b''
'it\'s'
"say \"hi\""
'both \' and "'
