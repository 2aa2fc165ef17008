# string.Template substitution and string.Formatter.
from string import Template, Formatter
t = Template('$who likes ${what}s, $$5 each')
print(t.substitute(who='Tim', what='apple'), t.substitute({'who': 'Ann', 'what': 'pear'}))
print(t.safe_substitute(who='Bob'))
try:
    t.substitute(who='x')
except KeyError as e:
    print(type(e).__name__, e)
try:
    Template('$1bad').substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(Template('${a}${b}').substitute(a=1, b=2), t.template, t.get_identifiers(), t.is_valid())

class Percent(Template):
    delimiter = '%'

print(Percent('%name is here').substitute(name='Zed'))
f = Formatter()
print(f.format('{0} and {x:>4}', 'first', x='kw'))
print(list(f.parse('a{0}b{name!r:>5}c')))
print(f.vformat('{a}-{b}', (), {'a': 1, 'b': 2}))
