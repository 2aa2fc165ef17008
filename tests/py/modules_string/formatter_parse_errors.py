# string.Formatter parsing errors and numbering, Template delimiters/idpattern/errors, capwords.
import string
f = string.Formatter()
print(list(f.parse('{} {{x}} {0[1].a!s:{w}>3} }}')))
for bad in ['{', '}', '{0', '{0!}', '{0!rr}', 'a{0:{1:{2}}}', '{!r}', '{0!x}', '{a.}', '{a[}', '{a[0]x}', '{0[]}', 'x{{', '{{}}', '{:{}}']:
    try: print(list(f.parse(bad)))
    except ValueError as e: print('VE', e)
    try: print(f.format(bad, 1, 2, 3, a=[4]))
    except Exception as e: print(type(e).__name__, e)
try: f.format('{}{0}', 1, 2)
except ValueError as e: print(e)
try: f.format('{0}{}', 1, 2)
except ValueError as e: print(e)
print(f.format('{0.real} {1[0]} {x[k]:>{w}}', 5, 'ab', x={'k': 'v'}, w=4))
print(string.Template('$a ${b} $$ $').safe_substitute(a=1))
try: string.Template('x\n  $').substitute()
except ValueError as e: print(e)
try: string.Template('$').substitute()
except ValueError as e: print(e)
try: string.Template('ab ${x').substitute()
except ValueError as e: print(e)
print(string.Template('$a$b ${c}d ${a}').get_identifiers(), string.Template('$').is_valid(), string.Template('$$').is_valid())
class T(string.Template):
    delimiter = '{{'
print(T('{{a {{{{ {{{b}').substitute(a=1, b=2))
class U(string.Template):
    idpattern = '[a-z]+'
print(U('$abc1 $Ab').safe_substitute(abc=5))
print(string.Template('$x').substitute({'x': 1}, x=2), string.Template('$x').substitute({'x': 1}))
print(string.capwords(' aBc  dEF\tg '), string.Template('$who_1 é$é').safe_substitute(who_1='Z'))
