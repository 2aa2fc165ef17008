# SystemExit runs finally blocks; raising SystemExit(0) exits successfully.
try:
    print('in try')
    raise SystemExit(0)
finally:
    print('finally still runs')
