# time conversions in UTC: gmtime/localtime/strftime/asctime/mktime, struct_time, strptime, errors.
import os, time
os.environ['TZ'] = 'UTC'
time.tzset()
for t in [0, 1, -1, 86399.999, 951782400, 1700000000.75, 2**31, -2**31, 4102444800, 1e10]:
    g = time.gmtime(t)
    print(g, g.tm_zone, g.tm_gmtoff, tuple(g), len(g), g[0], g[-1], g[2:4])
    print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %%', g), time.asctime(g))
st = time.gmtime(0)
print(st == (1970, 1, 1, 0, 0, 0, 3, 1, 0), st.tm_year, type(st), time.struct_time, time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0)))
s2 = time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0, 'XYZ', 3600))
print(s2.tm_zone, s2.tm_gmtoff, s2.__reduce__())
for bad in ['time.struct_time((1, 2))', 'time.struct_time(5)', 'time.gmtime("x")', 'time.gmtime(float("nan"))', 'time.gmtime(1e30)', 'st.tm_year = 5', 'time.strftime("%Y", (2000, 13, 1, 0, 0, 0, 0, 1, 0))', 'time.strftime("%Y", (2000, 1, 32, 0, 0, 0, 0, 1, 0))', 'time.strftime("%Y", (2000, 1, 1, 24, 0, 0, 0, 1, 0))', 'time.strftime("%Y", (2000, 1, 1, 0, 60, 0, 0, 1, 0))', 'time.strftime("%Y", (2000, 1, 1, 0, 0, 62, 0, 1, 0))', 'time.strftime("%Y", (2000, 1, 1, 0, 0, 0, 0, 367, 0))', 'time.strftime("%Y", [2000, 1, 1, 0, 0, 0, 0, 1, 0])', 'time.asctime((2000, 0, 1, 0, 0, 0, 0, 1, 0))', 'time.mktime((1, 2, 3))', 'time.sleep("1")', 'time.sleep(-0.5)', 'time.strptime("2020", "%Q")', 'time.strptime("2020-13-01", "%Y-%m-%d")', 'time.strptime("2021-02-29", "%Y-%m-%d")', 'time.strptime(5)', 'time.strftime(5)']:
    try: print(bad, eval(bad) if '=' not in bad or '==' in bad else exec(bad))
    except Exception as e: print(bad, type(e).__name__, e)
for s, f in [('2024-02-29 13:45', '%Y-%m-%d %H:%M'), ('29 Feb', '%d %b'), ('Tuesday 5 January 2021', '%A %d %B %Y'), ('  12:30:45', ' %H:%M:%S'), ('1999 100', '%Y %j'), ('03/04/05', '%x'), ('23:59:60', '%X'), ('2021 1 2', '%Y %W %w'), ('2021 0 3', '%Y %U %w'), ('7 PM', '%I %p'), ('12 am', '%I %p'), ('+0530', '%z'), ('UTC', '%Z'), ('Fri Mar 15 10:11:12 2024', '%c'), ('Fri Mar 15 10:11:12 2024', None), ('20240315', '%Y%m%d'), ('5', '%d'), ('2024-1-5', '%Y-%m-%d'), ('100%', '%d%%'), ('1.5', '%S.%f')]:
    try:
        r = time.strptime(s, f) if f else time.strptime(s)
        print(repr(s), r, r.tm_zone, r.tm_gmtoff)
    except Exception as e: print(repr(s), type(e).__name__, e)
print(time.strftime(''), time.strftime('%Y', (2000, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime('%a', (2020,1,1,0,0,0,-1,1,0)))
print(type(time.time()), type(time.monotonic_ns()), type(time.perf_counter()), type(time.process_time()), type(time.thread_time()))
print(time.timezone, time.altzone, time.daylight, time.tzname)
print(time.localtime(0), time.ctime(0), time.mktime(time.localtime(12345)))
t0 = time.monotonic(); time.sleep(0.05); print(0.04 < time.monotonic() - t0 < 0.5)
print(time.sleep(0), time.CLOCK_MONOTONIC, time.clock_gettime(time.CLOCK_REALTIME) > 1e9)
