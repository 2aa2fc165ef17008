f"{name!r:>{width}} and {value}"
call(a, *args, k=1, **kw)
obj.method(1, key=2)
[1, 2, 3]
{1: "a", 2: "b"}
{**a, "k": 1}
x in [1, 2, 3]
x[1:2:3]
(-1, 2.5, 3j, b"bytes", ..., None)
