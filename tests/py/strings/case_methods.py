# Case conversion methods, including non-ASCII.
words = ['hello world', 'HELLO', 'hElLo WoRlD', "they're bill's", 'ß', 'ǅungla', 'İstanbul', 'ﬁne', 'σας ΟΔΟΣ']
for w in words:
    print(repr(w), '|', w.upper(), '|', w.lower(), '|', w.title(), '|', w.capitalize(), '|', w.swapcase(), '|', w.casefold())
print('123abc'.title(), 'a1b2'.capitalize())
print('straße'.upper(), 'STRASSE'.lower() == 'straße'.casefold())
print('MiXeD'.lower().islower(), 'ABC'.isupper(), 'Abc Def'.istitle(), 'abc Def'.istitle())
