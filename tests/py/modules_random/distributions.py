# Seeded continuous distributions and Random instances.
import random
r = random.Random(42)
print(r.random(), r.gauss(0, 1), r.normalvariate(10, 2))
print(r.expovariate(1.5), r.betavariate(2, 3), r.gammavariate(2, 1), r.triangular(0, 10, 3))
print(r.lognormvariate(0, 1), r.vonmisesvariate(1, 2), r.paretovariate(3), r.weibullvariate(1, 2))
a = random.Random(7)
b = random.Random(7)
print([a.randint(0, 9) for _ in range(10)] == [b.randint(0, 9) for _ in range(10)])
state = a.getstate()
first = a.random()
a.setstate(state)
print(first == a.random())
c = random.Random()
c.seed(99)
print(c.randrange(10), c.randrange(5, 50), c.randrange(100, 0, -3))
print(c.sample(['red', 'green', 'blue', 'cyan'], 2), c.sample(range(10), k=3))
for bad in [lambda: c.randrange(0), lambda: c.choice([]), lambda: c.sample(range(3), 5), lambda: c.randint(5, 1)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
