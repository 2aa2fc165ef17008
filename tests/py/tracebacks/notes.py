# add_note() (new in 3.11) attaches notes shown after the message in tracebacks.
try:
    try:
        raise ValueError('bad input')
    except ValueError as e:
        e.add_note('while parsing line 3')
        e.add_note('file: config.ini')
        raise
except ValueError as e:
    print(e.__notes__)
    print(str(e))
e = KeyError('k')
print(hasattr(e, '__notes__'))
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
err = RuntimeError('shown with notes')
err.add_note('first note')
err.add_note('second note')
raise err
