# Seeded random: every method and distribution, str/bytes/float/big-int seeds, state, subclass errors.
import random
for seed in [0, 1, -1, 2**32, 2**32 - 1, 2**64 + 5, 10**50, 3.14, -2.5, 'hello', b'bytes', bytearray(b'ba'), '', 'üñí', True, None]:
    if seed is None:
        continue
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(70), random.randrange(10**20), random.randint(-5, 5))
r = random.Random(2024)
print([r.random() for _ in range(3)], r.getrandbits(0), r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(64), r.getrandbits(1000) % 10**20)
print([r.randrange(7) for _ in range(20)], [r.randrange(-10, 10, 3) for _ in range(10)], r.randrange(2**100))
print(r.choice(range(1000)), r.choices(range(10), k=5), r.choices('abc', cum_weights=[1, 2, 10], k=6))
l = list(range(30)); r.shuffle(l); print(l)
print(r.sample(range(10**6), 12), r.sample(list('abcdefghij'), 10), r.sample(['x', 'y'], counts=[3, 2], k=4))
print(r.uniform(1, 2), r.triangular(), r.triangular(1, 5), r.triangular(1, 5, 1.5), r.gauss(), r.gauss(5, 2), r.normalvariate())
print(r.lognormvariate(0, 0.5), r.expovariate(0.3), r.vonmisesvariate(0, 0), r.vonmisesvariate(1, 5), r.gammavariate(0.5, 2), r.gammavariate(1, 3), r.gammavariate(7, 1))
print(r.betavariate(0.5, 0.5), r.paretovariate(1.5), r.weibullvariate(2, 0.5), r.randbytes(9))
st = r.getstate(); print(st[0], len(st[1]), st[1][-1], st[2])
a = r.random(); r.setstate(st); print(a == r.random())
class Bits(random.Random):
    def getrandbits(self, k):
        return 1
b = Bits(1); print(b.randrange(5), b.randrange(3))
for bad in ['random.randrange(1.5)', 'random.randrange(0, 10, 0)', 'random.randrange(10, 0)', 'random.randrange(0, 1, 2.5)', 'random.getrandbits(-1)', 'random.getrandbits(1.5)', 'random.seed([1])', 'random.choices([], k=2)', 'random.choices([1], weights=[0])', 'random.choices([1,2], [1])', 'random.sample({1, 2}, 1)', 'random.sample([1], -1)', 'random.gammavariate(0, 1)', 'random.setstate((9, (), None))', 'random.Random().setstate((3, (1,2,3), None))', 'random.randrange(5, step=2)', 'random.choices([1, 2], 5)']:
    try: print(bad, eval(bad))
    except Exception as e: print(bad, type(e).__name__, e)
random.seed(5, version=1); print(random.random())
random.seed('abc', version=1); print(random.random())
# Subclasses: overriding random() alone switches integer draws to random().
class MyRandom(random.Random):
    def random(self):
        return 0.25
m = MyRandom(3)
print(m.randrange(100), m.choice('abcd'), m.random(), m.uniform(0, 4), m.sample(range(8), 3))
class Seeded(random.Random):
    def __init__(self):
        super().__init__(77)
        self.extra = 'kept'
s = Seeded()
print(s.random(), s.extra, s.getstate()[1][:2])
