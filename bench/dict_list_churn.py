# Dict and list churn: insert, look up, delete, append, pop, sort.
def churn(n):
    table = {}
    items = []
    checksum = 0
    for i in range(n):
        key = i * 7919 % 100_003
        table[key] = i
        items.append(key)
        if i % 3 == 0:
            old = items.pop()
            table.pop(old, None)
        checksum += table.get(key ^ 1, 0)
    items.sort()
    for k in list(table)[:50_000]:
        del table[k]
    return checksum + len(table) + len(items) + items[len(items) // 2]

print(sum(churn(300_000) for _ in range(3)))
