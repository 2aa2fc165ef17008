a + b - c * d / e // f % g @ h ** i ** j
-a + +b - ~c
not a and b or not c and d
a < b <= c > d >= e == f != g is h is not i in j not in k
a if b else c if d else e
lambda: 0
lambda x, y=1, *a, z, **k: x + y
lambda x, /, y: x
lambda *, k: k
(x := 10)
[y := f(x), y ** 2]
a | b ^ c & d << e >> f
x.y.z
f(a)(b)(c)
x[1][2:3][::4]
x[a:b:c, d:e]
x[1:2, ...]
x[()]
x[(1, 2)]
x[1,]
x[*a]
x[*a, b]
x[a:=1]
await_ = 1
... ; None; True; False
(1)
(1,)
()
(((a)))
(a).b
(a)[0]
(a)(b)
-(a) ** 2
(a + b) * c
await_.x
