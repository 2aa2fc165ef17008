if (n := len(a)) > 10:
    print(n)
while chunk := f.read(10):
    pass
[y for x in data if (y := f(x))]
print(f"{(x:=5)}")
def g(): return (yield)
def h(x=(y := 1)): pass
