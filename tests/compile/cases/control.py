for i in range(3):
    if i == 1:
        continue
    elif i > 1 and i < 9:
        break
else:
    print("done")
while x is not None:
    x = f(x)
if a < b < c:
    pass
r = a or b
s = p if q else not r
assert x, "msg"
