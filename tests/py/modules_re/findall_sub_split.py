# findall, finditer, sub (with backrefs and functions), subn, split, escape.
import re
text = 'a1 b22 c333 d'
print(re.findall(r'\d+', text), re.findall(r'([a-z])(\d*)', text), re.findall(r'x', text))
print([(m.group(), m.start()) for m in re.finditer(r'[a-z]\d+', text)])
print(re.sub(r'\d+', '#', text), re.sub(r'\d+', '#', text, count=1), re.sub('(\\w)(\\d)', r'\2\1', text))
print(re.sub(r'(?P<letter>[a-z])', r'<\g<letter>>', 'ab'), re.sub(r'(\d)', r'\g<1>0', 'a1'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), text))
print(re.subn(r'\s', '_', text), re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'))
print(re.split(r'\s+', 'a  b\tc\nd'), re.split(r'(,)', 'a,b,c'), re.split(',', 'a,b,c', maxsplit=1), re.split(r'\b', 'hi there'))
print(re.split('x*', 'axbc'), re.split(r'[,;]', 'a,b;c'))
print(re.escape('a.b*c?'), re.escape('1+1=2'), re.escape('path/to file'))
print(re.findall(r'(?i)[A-Z]+', 'Hello World'), re.findall(r'\w+', 'héllo wörld ünï'), re.findall(r'\w+', 'héllo', re.ASCII))
print(re.sub(r'^', '> ', 'line1\nline2', flags=re.M))
print(re.findall(r'\d', '١٢3'), re.findall(r'[\d]', '١٢3', re.A))
print(re.sub(r'a', r'\n', 'bab') == 'b\nb', repr(re.sub('a', '\\\\', 'bab')))
