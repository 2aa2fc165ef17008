# raise ... from None suppresses the context in the traceback.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError('no such key: ' + key) from None

print(lookup({'a': 1}, 'a'))
lookup({}, 'b')
