# 10 million small-integer additions in a while loop.
total = 0
i = 0
while i < 10_000_000:
    total += i
    i += 1
print(total)
