# gc (backed by klass's collector) and errno.
import gc, errno
print(gc.isenabled(), type(gc.collect()).__name__, gc.collect() >= 0, gc.get_count(), gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.set_threshold(100, 5); print(gc.get_threshold())
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked({}), gc.garbage, gc.callbacks)
class Node:
    pass
for i in range(1000):
    a = Node(); b = Node(); a.other = b; b.other = a
print(gc.collect(2) >= 0)
try: gc.collect(5)
except ValueError as e: print(e)
print(errno.ENOENT, errno.EEXIST, errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.EAGAIN == errno.EWOULDBLOCK, len(errno.errorcode), errno.errorcode[35], errno.errorcode[95])
print(sorted(n for n in dir(errno) if n.startswith('E'))[:5])
import os
try: open('/nonexistent/x')
except OSError as e: print(type(e).__name__, e.errno == errno.ENOENT, e)
try: os.listdir('/root/../proc/1/fd')
except PermissionError as e: print('perm', e.errno)
except OSError as e: print('other', type(e).__name__)
