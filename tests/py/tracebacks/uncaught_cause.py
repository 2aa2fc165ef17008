# raise ... from: both tracebacks, joined by the "direct cause" line.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError('config is invalid') from e

print('parsing')
parse('abc')
