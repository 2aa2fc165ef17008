# pass is a no-op; assert raises AssertionError with an optional message.
def nothing():
    pass

print(nothing())

class Empty:
    pass

print(Empty.__name__)
for _ in range(2):
    pass
assert True
assert 1 == 1, 'not raised'
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert False, 'custom message'
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], ['a', 'list', 'message']
except AssertionError as e:
    print(type(e).__name__, e.args)
calls = []

def msg():
    calls.append(1)
    return 'm'

assert True, msg()
print('message evaluated only on failure:', calls)
