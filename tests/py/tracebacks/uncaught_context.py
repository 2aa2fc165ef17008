# An exception raised in an except block: "During handling ..." line.
def cleanup():
    raise KeyError('cleanup failed')

try:
    raise OSError('disk full')
except OSError:
    cleanup()
