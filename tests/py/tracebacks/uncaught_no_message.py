# Exceptions without a message, and with a non-string argument.
import sys
try:
    raise IndexError
except IndexError as e:
    print('caught', repr(e))
print('about to fail', file=sys.stderr)
raise KeyError(42)
