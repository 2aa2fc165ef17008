# Pattern syntax: escapes, classes, repeats, lookarounds, atomic/possessive, conditionals, verbose mode.
import re
tests = [
 (r'\d+', '١٢3 45'), (r'[\d]+', '١٢3'), (r'\s+', 'a \x1c\x85\u3000b'), (r'\S+', 'a \x1cb'), (r'\W+', 'a, b'), (r'\D+', 'a1b'),
 (r'a{', 'a{'), (r'a{1', 'a{1'), (r'a{}', 'a{}'), (r'a{,2}', 'aaa'), (r'a{,}', 'aa'), (r'x{1,2}{', 'xx{'), (r'a{2}', 'aaa'), (r'a{2,}?', 'aaaa'),
 (r'[]a]', ']a'), (r'[^]a]+', ']ab'), (r'[a-]', '-a'), (r'[\w-]+', 'a-$'), (r'[\]]', ']'), (r'[-a]', '-'), (r'[a\-z]', '-'),
 (r'\x41\u00e9\U0001F600\101\0\07', 'Aé😀A\x00\x07'), (r'\N{EM DASH}', 'a—b'), (r'[\N{EM DASH}x]+', 'a—bx'),
 ('(?x) a b # c', 'ab'), ('(?x)[ a]', ' a'), ('(?x)a\\ b', 'a b'), ('(?x)a #x\n b', 'ab'), ('(?x:a b)c d', 'abc d'),
 (r'\Z', 'a\n'), (r'a\Z', 'a\n'), (r'a$', 'a\n'), (r'\Aa', 'ba'), ('(?s).+', 'a\nb'), ('.+', 'a\nb'),
 (r'(?<=a)b', 'ab cb'), (r'(?<!a)b', 'ab cb'), (r'a(?=b)', 'ab ac'), (r'a(?!b)', 'ab ac'), (r'(?<=ab|cd)x', 'abx cdx'),
 (r'(?>a+)b', 'aaab'), (r'(?>a+)a', 'aaa'), (r'a++a', 'aaa'), (r'a*+b', 'aab'), (r'a?+a', 'a'), (r'(?:ab){1,2}+b', 'ababb'),
 (r'(a)?(?(1)b|c)', 'ab c'), (r'(?P<q>")?\w+(?(q)")', '"a" b "c'), (r'(a)|\1', 'a'),
 (r'(?i)ǅ', 'ǆǄ'), (r'(?i)[^a]', 'Ab'), (r'(?i)\bfoo\b', 'FOO foo'), ('(a*)*', 'b'), ('(a*)+', 'b'), ('(a|b)*c', 'abac'),
 ('(?#comment)a', 'a'), ('a(?#x)*', 'aa'), ('a|', 'ab'), ('|a', 'ab'), ('(|a)+', 'aa'), (r'\b', ''), (r'\B', ''), (r'\B', 'ab'),
 (r'(?a)\w+', 'héllo'), (r'(?a:\w)+', 'héllo'), (r'(?a:\b)x', 'éx x'), (r'(?i)é', 'É'), (r'(?i)[é]+', 'éÉ'), (r'(?ai)é', 'É'),
 (r'[\s\S]+', 'a\nb'), (r'[^\W\d]+', 'ab12cd'), (r'\w', '²_\u0300'), (r'\d', '²'), (r'[\u0100-\u0200]+', 'āŠ'), (r'\\', 'a\\b'),
 (r'\$\.\^\*\+\?\{\}\[\]\(\)\|', '$.^*+?{}[]()|'), (r'[.^$*+?{}()|]+', '.^$*+?{}()|'), (r'\(', '('), (r'\-\!\@\#\ ', '-!@# '),
]
for p, s in tests:
    try:
        print(repr(p), [m.group() for m in re.finditer(p, s)], [m.span() for m in re.finditer(p, s)][:3])
    except re.error as e:
        print(repr(p), 'error', e)
