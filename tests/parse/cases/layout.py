# comment at the top

x = (1 +
     2)

if x:  # trailing comment
    # comment in block

    y = 1
        # misaligned comment
    z = 2

def f(
    a,
    b,
):
    return [
        a,
        b,
    ]

total = 1 + \
    2 + \
    3
s = {
    'a': 1,  # comment
}
class K: x = 1; y = 2
for i in x: a = 1; b = 2
if x: pass
else: pass
