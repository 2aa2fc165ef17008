# repr() of strings chooses quotes and escapes non-printables.
samples = ['plain', "it's", 'say "hi"', 'both \' and "', '\\', '\n\r\t', '\x00\x1f\x7f',
           '\x80\xa0\xad', 'é ü 日本', '\u200b\u2028', '\ufeff', '😀', '\U000e0001', '\udc80', ' ']
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(str('\n') == '\n', repr(repr('a')))
print([s for s in ['a', 'é']], {'k': "v'"})
