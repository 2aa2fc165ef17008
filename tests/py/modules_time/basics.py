# time: only properties that do not depend on the current time are printed.
import time
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.01)
print(time.time() >= t0, time.monotonic() > m0, time.perf_counter() > p0)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__)
print(time.perf_counter() - p0 >= 0.009)
epoch = time.gmtime(0)
print(epoch.tm_year, epoch.tm_mon, epoch.tm_mday, epoch.tm_hour, epoch.tm_wday, epoch.tm_yday, epoch.tm_isdst)
print(tuple(time.gmtime(86400 * 365)))
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1700000000)))
print(time.strftime('%a %b %d %j %%', time.gmtime(1000000000)))
print(time.asctime(time.gmtime(0)))
print(time.mktime(time.localtime(1700000000)) == 1700000000.0)
st = time.strptime('2024-02-29 13:45', '%Y-%m-%d %H:%M')
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_wday, st.tm_yday)
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(type(epoch).__name__, len(epoch))
