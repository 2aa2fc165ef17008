# "unsupported operand type(s)" and friends.
none_value, five = None, 5  # calling/subscripting literals directly would trigger a SyntaxWarning
cases = ['1 + "a"', '"a" - "b"', '[1] * 1.5', '{} + {}', 'None + 1', '1 < "a"', '[1] < (1,)', '-"a"', '~1.5',
         '+[]', '1 @ 2', '"a" ** 2', '5 % []', 'abs(None)', '{1} + {2}', 'len < 1', '3 // "x"', '(1, 2) + [3]',
         'b"a" + "a"', '"%d" % "x"', '1 in 5', '"a" in 1', 'none_value()', 'five[0]', 'len[0]', '(1).x', 'object() > object()']
for src in cases:
    try:
        eval(src)
        print(src, '-> no error')
    except Exception as e:
        print(src, '->', type(e).__name__ + ':', e)
