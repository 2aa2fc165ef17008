# Traceback objects: tb_frame, tb_lineno, tb_next; __traceback__.
def fail():
    raise ValueError('inner')

def middle():
    fail()

try:
    middle()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    print(type(e.__traceback__).__name__)
import traceback
try:
    middle()
except ValueError as e:
    for line in traceback.format_exception_only(type(e), e):
        print(line, end='')
    summary = traceback.extract_tb(e.__traceback__)
    print([(fs.name, fs.lineno, fs.line) for fs in summary])
err = ValueError('no traceback yet')
print(err.__traceback__)
e2 = err.with_traceback(None)
print(e2 is err)
