# Raising and catching exceptions in a loop.
class AppError(Exception):
    pass

def check(i):
    if i % 2:
        raise AppError(i)
    if i % 3 == 0:
        raise KeyError(i)
    return i

def run(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += check(i)
        except AppError as e:
            caught += 1
        except LookupError:
            caught += 2
        finally:
            total += 1
    return total + caught

print(run(1_500_000) + run(500_000))
