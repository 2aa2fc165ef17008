if a:
    pass
elif b:
    x = 1
elif c: y = 2
else:
    z = 3

while x < 10:
    x += 1
    if x == 5:
        continue
    if x == 7: break
else:
    done()

for i in range(3):
    print(i)
else:
    print("no break")

for k, v in d.items(): pass
for (a, b) in pairs: pass
for [a, *b] in lists: pass
for x.y in z: pass

with open(f) as fh, lock:
    data = fh.read()
with (open(a) as x, open(b) as y,):
    pass
with (a, b):
    pass
with (yield):
    pass
with a as (b, c): pass
with a as [b, *c], d as e.f: pass
