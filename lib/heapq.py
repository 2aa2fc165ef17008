"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k,
counting elements from 0; the smallest element is always a[0]. Only the
`<` operator is used to compare items.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _require_list(heap, function):
    if not isinstance(heap, list):
        raise TypeError('%s() argument 1 must be list, not %s' % (function, type(heap).__name__))


# Sifting. A min-heap compares with `<`; the *_max variants mirror it for max-heaps.

def _sift_toward_root(heap, root, pos):
    # The item at pos moves up past larger parents, stopping at index root.
    item = heap[pos]
    while pos > root:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    # Move the smaller child up until a leaf is reached, then settle the item
    # there: fewer comparisons than stopping early (items usually belong low).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def _sift_toward_root_max(heap, root, pos):
    item = heap[pos]
    while pos > root:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_toward_leaves_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, start, pos)


# Public heap operations ------------------------------------------------------------

def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _require_list(heap, 'heappush')
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _require_list(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item.

    This is more efficient than heappop() followed by heappush(), and can be
    more appropriate when using a fixed-size heap.  Note that the value
    returned may be larger than item!  That constrains reasonable uses of
    this routine unless written as part of a conditional replacement:

        if item > heap[0]:
            item = heapreplace(heap, item)
    """
    _require_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap.

    The combined action runs more efficiently than heappush() followed by
    a separate call to heappop()."""
    _require_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _require_list(heap, 'heapify')
    for pos in reversed(range(len(heap) // 2)):
        _sift_toward_leaves(heap, pos)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sift_toward_leaves_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    largest = heap[0]
    heap[0] = item
    _sift_toward_leaves_max(heap, 0)
    return largest


def _heapify_max(heap):
    """Transform list into a maxheap, in-place, in O(len(x)) time."""
    for pos in reversed(range(len(heap) // 2)):
        _sift_toward_leaves_max(heap, pos)


# merge, nsmallest, nlargest -------------------------------------------------------------

def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

    If *key* is not None, applies a key function to each element to determine
    its sort order.

    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))
    ['dog', 'cat', 'fish', 'horse', 'kangaroo']

    """
    # Each heap entry is [sort key, input number, current item, iterator's next];
    # the input number breaks ties so equal keys come out in input order and
    # the items themselves are never compared.
    if reverse:
        sign = -1
        make_heap, pop, replace = _heapify_max, _heappop_max, _heapreplace_max
    else:
        sign = 1
        make_heap, pop, replace = heapify, heappop, heapreplace
    entries = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for first in it:
            entries.append([first if key is None else key(first), order * sign, first, it.__next__])
            break
    make_heap(entries)
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        try:
            value = entry[3]()
        except StopIteration:
            pop(entries)
            continue
        entry[0] = value if key is None else key(value)
        entry[2] = value
        replace(entries, entry)
    if entries:
        entry = entries[0]
        yield entry[2]
        next_item = entry[3]
        while True:
            try:
                value = next_item()
            except StopIteration:
                return
            yield value


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    # Keep the n best seen so far in a max-heap of [key, order, item]; the order
    # number keeps the result stable and stops items from being compared.
    it = iter(iterable)
    heap = []
    for order, item in zip(range(n), it):
        heap.append([item if key is None else key(item), order, item])
    if not heap:
        return []
    _heapify_max(heap)
    worst = heap[0][0]
    order = n
    for item in it:
        k = item if key is None else key(item)
        if k < worst:
            _heapreplace_max(heap, [k, order, item])
            worst = heap[0][0]
            order += 1
    heap.sort()
    return [entry[2] for entry in heap]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # A min-heap of [key, -order, item]: ties keep the earliest item first.
    it = iter(iterable)
    heap = []
    for order, item in zip(range(0, -n, -1), it):
        heap.append([item if key is None else key(item), order, item])
    if not heap:
        return []
    heapify(heap)
    worst = heap[0][0]
    order = -n
    for item in it:
        k = item if key is None else key(item)
        if worst < k:
            heapreplace(heap, [k, order, item])
            worst = heap[0][0]
            order -= 1
    heap.sort(reverse=True)
    return [entry[2] for entry in heap]

