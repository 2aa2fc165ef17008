# Traceback through several function frames.
def level_three(n):
    return 10 // n

def level_two(n):
    value = level_three(n)
    return value

def level_one():
    print('calling down')
    return level_two(0)

level_one()
