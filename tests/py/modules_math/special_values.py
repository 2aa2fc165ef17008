# More of the math module: every one-argument function over special values, two-argument
# functions, exact sums and norms, integer functions on big ints, __floor__/__ceil__/__trunc__,
# and CPython's error messages.
import math
vals = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 1e-300, 1e300, -1e300, 3.7, -3.7, 100.0, math.inf, -math.inf, math.nan, 7, -7, 2**70, True]
names = ['acos','acosh','asin','asinh','atan','atanh','cbrt','ceil','cos','cosh','degrees','erf','erfc','exp','exp2','expm1','fabs','floor','frexp','gamma','isfinite','isinf','isnan','lgamma','log','log10','log1p','log2','modf','radians','sin','sinh','sqrt','tan','tanh','trunc','ulp']
for n in names:
    out = []
    for v in vals:
        try: out.append(repr(getattr(math, n)(v)))
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(n, ' '.join(out))
pairs = [(2.0, 3.0), (-2.0, 0.5), (0.0, -1.0), (0.0, 0.0), (math.inf, 0), (1.0, math.nan), (math.nan, 0), (-8, 1/3), (10, 2), (1e308, 10), (-1.0, math.inf), (5, -3), (7.5, 2), (-7.5, 2), (1, 0)]
for n in ['atan2','copysign','fmod','pow','remainder','nextafter','ldexp','hypot','log','isclose','dist']:
    out = []
    for a, b in pairs:
        try:
            if n == 'ldexp': r = math.ldexp(a, int(b) if b == b and abs(b) != math.inf else 3)
            elif n == 'dist': r = math.dist((a, b), (b, a))
            else: r = getattr(math, n)(a, b)
            out.append(repr(r))
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(n, ' '.join(out))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([0.1]*100), math.fsum(i/7 for i in range(1000)))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([2.0**53, 1.0, 2.0**-52]), math.fsum([]), math.fsum([-0.0]))
print(math.hypot(*range(20)), math.hypot(1e-320, 1e-320), math.hypot(3e307, 4e307), math.dist([1.5, 2.5, 3.5], [-1, 7, 0.25]))
print([math.hypot(i * 0.1, i * 0.37, 1/(i+1)) for i in range(8)])
print(math.factorial(30), math.comb(100, 50), math.perm(20, 7), math.isqrt(10**50 - 1), math.gcd(2**100, 6**40), math.lcm(2**64, 3**30, 10))
print(math.comb(2**70, 2), math.perm(50), math.gcd(-12, 0, 18), math.lcm(0, 5))
print(math.log(2**1000), math.log2(2**1000 + 1), math.log10(10**300 * 7), math.log(10**500, 10), math.log(3**700, 3))
print(math.prod(range(1, 25)), math.prod([1.5, 2, 3]), math.prod([], start=2.5), math.prod(['a'], start=1))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), math.floor(1e20), math.ceil(2.0**80 + 0.5))
class F:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
    def __float__(self): return 2.5
print(math.floor(F()), math.ceil(F()), math.trunc(F()), math.sqrt(F()))
for bad in ['math.factorial(-2)', 'math.comb(5, 2.0)', 'math.perm(-3, 2)', 'math.isqrt(-5)', 'math.gcd("a")', 'math.lcm(1.0)', 'math.sqrt(None)', 'math.hypot(1, "x")', 'math.fsum([1, "a"])', 'math.prod(5)', 'math.isclose(1)', 'math.isclose(1, 2, 3)', 'math.log()', 'math.log(1, 2, 3)', 'math.sqrt(1, 2)', 'math.pow(1)', 'math.ldexp(1.0, 2.5)', 'math.floor()', 'math.dist([1], 5)', 'math.exp(2**2000)', 'math.log(-2**2000)', 'math.trunc([])']:
    try: print(bad, eval(bad))
    except Exception as e: print(bad, type(e).__name__, e)
print(math.pi, math.e, math.tau, math.inf, math.nan, type(math.nan))
