with open(path) as f, lock:
    data = f.read()
def g():
    with manager() as (a, b):
        return a
