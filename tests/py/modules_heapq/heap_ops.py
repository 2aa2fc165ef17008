# heapq: push/pop, heapify, nlargest/nsmallest, merge, replace/pushpop.
import heapq
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, h[0])
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 6), data)
print(heapq.heappushpop(data, 0), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]), heapq.nlargest(2, ['bb', 'a', 'ccc'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge(['c', 'a'], ['b'], key=str, reverse=True)))
tasks = []
for prio, name in [(3, 'low'), (1, 'high'), (2, 'mid'), (1, 'also high')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    heapq.heappush([1], 'a')
except TypeError as e:
    print(type(e).__name__, e)
