# itertools against seeded random inputs: combinatorics, islice consumption of the source, zip_longest, groupby, accumulate, pairwise.
import itertools as it, random
random.seed(11)
out = []
for trial in range(400):
    n = random.randint(0, 5); data = list(range(n)); r = random.randint(0, 6)
    out.append(list(it.permutations(data, r))); out.append(list(it.combinations(data, r))); out.append(list(it.combinations_with_replacement(data, min(r, 4))))
    pools = [list(range(random.randint(0, 3))) for _ in range(random.randint(0, 3))]
    out.append(list(it.product(*pools, repeat=random.randint(0, 2))))
    args = [random.choice([None, random.randint(0, 8)]) for _ in range(random.randint(1, 3))]
    if len(args) == 3 and args[2] == 0: args[2] = None
    src = iter(range(12)); out.append((args, list(it.islice(src, *args)), list(src)))
    src = iter(range(10)); s = it.islice(src, *args); out.append((next(s, 'end'), next(src, 'end')))
    out.append(list(it.zip_longest(*[range(random.randint(0, 4)) for _ in range(random.randint(0, 3))], fillvalue='-')))
    xs = [random.randint(0, 3) for _ in range(random.randint(0, 8))]
    out.append([(k, list(g)) for k, g in it.groupby(xs)]); out.append(list(it.accumulate(xs))); out.append(list(it.pairwise(xs)))
    out.append(list(it.compress(xs, [random.randint(0, 1) for _ in range(6)]))); out.append(list(it.dropwhile(lambda x: x < 2, xs))); out.append(list(it.takewhile(lambda x: x < 2, xs)))
    out.append(list(it.islice(it.cycle(xs), 10)))
print(len(out), out[-30:])
