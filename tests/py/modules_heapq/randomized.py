# heapq and bisect against many seeded random inputs (ties, keys, reverse merge).
import random, heapq, bisect
random.seed(5)
out = []
for trial in range(300):
    data = [random.randint(0, 20) for _ in range(random.randint(0, 30))]
    pairs = [(random.randint(0, 5), i) for i in range(len(data))]
    n = random.randint(-1, 35)
    out.append(heapq.nlargest(n, data)); out.append(heapq.nsmallest(n, data))
    out.append(heapq.nlargest(n, pairs, key=lambda p: p[0])); out.append(heapq.nsmallest(n, iter(pairs), key=lambda p: p[0]))
    h = list(data); heapq.heapify(h); out.append(list(h))
    out.append([heapq.heappop(h) for _ in range(len(h))])
    h = []
    for x in data: heapq.heappush(h, x)
    out.append(list(h))
    if h: out.append((heapq.heapreplace(h, 7), heapq.heappushpop(h, 3), list(h)))
    parts = [sorted(random.sample(pairs, min(len(pairs), random.randint(0, 5))), key=lambda p: p[0]) for _ in range(3)]
    out.append(list(heapq.merge(*parts, key=lambda p: p[0])))
    out.append(list(heapq.merge(*[p[::-1] for p in parts], key=lambda p: p[0], reverse=True)))
    s = sorted(data)
    for x in range(-1, 22):
        out.append((bisect.bisect_left(s, x), bisect.bisect_right(s, x, 1), bisect.bisect_left(s, x, 0, len(s)//2)))
print(len(str(out)), str(out)[-300:])
print(out[:40])
