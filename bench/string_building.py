# String building: concatenation, join, formatting, methods.
def build(n):
    parts = []
    text = ''
    for i in range(n):
        s = 'item%d' % i
        s = s.upper() + '-' + str(i * 7)
        parts.append(f'{s}:{i:05d}')
        if i % 100 == 0:
            text += s
    joined = ','.join(parts)
    return len(joined) + len(text) + joined.count('ITEM1') + len(joined.replace('-', '+').split(','))

checksum = 0
for _ in range(6):
    checksum += build(200_000)
print(checksum)
