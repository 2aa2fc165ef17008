# math domain and range errors.
import math
cases = ['math.sqrt(-1)', 'math.log(0)', 'math.log(-1)', 'math.acos(2)', 'math.exp(1000)', 'math.factorial(-1)',
         'math.factorial(1.5)', 'math.pow(0, -1)', 'math.fmod(1, 0)', 'math.isqrt(-1)', 'math.comb(3, -1)',
         'math.gcd(1.5, 2)', 'math.sqrt("4")', 'math.floor(float("inf"))', 'math.floor(float("nan"))', 'math.ldexp(1, 10000)',
         'math.log(10, 1)', 'math.gamma(0)']
for src in cases:
    try:
        print(src, '=', eval(src))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(src, '->', type(e).__name__, e)
