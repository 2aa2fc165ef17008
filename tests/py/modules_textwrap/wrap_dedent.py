# textwrap: wrap/fill with hyphens, em-dashes, long words, max_lines; shorten, dedent, indent.
import textwrap
text = "The quick brown fox jumped over the lazy dog's back -- twice, well-known co-operation at 3-4 o'clock.  Antidisestablishmentarianism!  Ends. Here? Yes."
for w in [10, 20, 33]:
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 12, break_on_hyphens=False), textwrap.wrap(text, 8, break_long_words=False))
print(textwrap.shorten(text, 40), textwrap.shorten('Hello  world!', 11), textwrap.shorten(text, 40, placeholder='...'))
print(textwrap.wrap(text, 30, max_lines=2), textwrap.wrap('a\tb\nc  d', 5, expand_tabs=False), textwrap.wrap('one. two', 80, fix_sentence_endings=True))
print(textwrap.wrap('', 5), textwrap.wrap('   ', 5), textwrap.wrap(' lead trail ', 6, drop_whitespace=False))
print(repr(textwrap.dedent('''
    def f():
        return 1
   
    \tx
''')), repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('  x\n    y\n  \n')))
print(repr(textwrap.indent('a\n\nb\n  \nc', '> ')), repr(textwrap.indent('a\nb', '+', lambda l: True)))
try: textwrap.wrap('x', 0)
except ValueError as e: print(e)
try: textwrap.shorten('hello world', 3)
except ValueError as e: print(e)
