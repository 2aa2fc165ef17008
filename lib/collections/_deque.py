"""collections.deque written in Python: a double-ended queue with an optional bound.

The items live in one list, from index `_head` to the end. Popping from the left
only advances `_head` (the freed slots are compacted once they are half the list),
and appending on the left reuses free slots before `_head`, regrowing the free
area in proportion to the size; so both ends are amortised O(1).
"""

from reprlib import recursive_repr as _recursive_repr

_MISSING = object()


def _index_arg(value):
    # The integer conversion deque's methods apply to counts and positions.
    if isinstance(value, int):
        return int(value)
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return method(value)


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    __module__ = 'collections'
    __slots__ = ('_items', '_head', '_maxlen', '_state', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._items = []
        self._head = 0
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, *args, **kwargs):
        if len(args) > 2:
            raise TypeError('deque() takes at most 2 arguments (%d given)' % len(args))
        for name in kwargs:
            if name not in ('iterable', 'maxlen'):
                raise TypeError("deque() got an unexpected keyword argument '%s'" % name)
        iterable = args[0] if args else kwargs.get('iterable', _MISSING)
        maxlen = args[1] if len(args) > 1 else kwargs.get('maxlen', None)
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
            maxlen = int(maxlen)
        self._maxlen = maxlen
        if self._head or self._items:
            self.clear()
        if iterable is not _MISSING:
            self.extend(iterable)

    # Internal helpers ---------------------------------------------------------

    def _live(self):
        # The items as a fresh list, left to right.
        return self._items[self._head:]

    def _reset(self, items):
        self._items = items
        self._head = 0
        self._state += 1

    def _position(self, index):
        index = self._checked_index(index)
        size = len(self._items) - self._head
        if index < 0:
            index += size
        if index < 0 or index >= size:
            raise IndexError('deque index out of range')
        return self._head + index

    @staticmethod
    def _checked_index(index):
        if isinstance(index, int):
            return index
        if hasattr(type(index), '__index__'):
            return type(index).__index__(index)
        raise TypeError('sequence index must be integer, not %r' % type(index).__name__)

    # Adding and removing at the ends --------------------------------------------

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def append(self, x, /):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen is not None and len(self._items) - self._head >= self._maxlen:
            if self._maxlen == 0:
                return
            self._drop_left()
        self._items.append(x)

    def appendleft(self, x, /):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen is not None and len(self._items) - self._head >= self._maxlen:
            if self._maxlen == 0:
                return
            self._items.pop()
        if self._head == 0:
            spare = len(self._items) + 8
            self._items[0:0] = [None] * spare
            self._head = spare
        self._head -= 1
        self._items[self._head] = x

    def _drop_left(self):
        items = self._items
        items[self._head] = None
        self._head += 1
        if self._head >= 32 and self._head * 2 >= len(items):
            del items[:self._head]
            self._head = 0

    def pop(self):
        """Remove and return the rightmost element."""
        if len(self._items) == self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        value = self._items.pop()
        if len(self._items) == self._head:
            self._reset([])
        return value

    def popleft(self):
        """Remove and return the leftmost element."""
        if len(self._items) == self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        value = self._items[self._head]
        self._drop_left()
        return value

    def extend(self, iterable, /):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = self._live()
        append = self.append
        for x in iterable:
            append(x)

    def extendleft(self, iterable, /):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = self._live()
        appendleft = self.appendleft
        for x in iterable:
            appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._reset([])

    # Whole-deque operations ---------------------------------------------------------

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            new = deque.__new__(deque)
            new._items = self._live()
            new._maxlen = self._maxlen
            return new
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value, /):
        """Return number of occurrences of value."""
        state = self._state
        total = 0
        for x in self._live():
            if x is value or x == value:
                total += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return total

    def index(self, value, start=0, stop=None, /):
        """Return first index of value.

        Raises ValueError if the value is not present."""
        size = len(self)
        start = _index_arg(start)
        stop = size if stop is None else _index_arg(stop)
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        stop = min(stop, size)
        state = self._state
        items = self._items
        for i in range(start, stop):
            x = items[self._head + i]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value, /):
        """Insert value before index."""
        index = _index_arg(index)
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        size = len(self)
        if index < 0:
            index = max(index + size, 0)
        index = min(index, size)
        self._state += 1
        self._items.insert(self._head + index, value)

    def remove(self, value, /):
        """Remove first occurrence of value."""
        items = self._items
        state = self._state
        for i in range(self._head, len(items)):
            x = items[i]
            if x is value or x == value:
                if state != self._state:
                    raise IndexError('deque mutated during iteration')
                self._state += 1
                del items[i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = self._live()
        items.reverse()
        self._reset(items)

    def rotate(self, n=1, /):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _index_arg(n)
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n:
            items = self._live()
            self._reset(items[-n:] + items[:-n])

    # Sequence protocol ---------------------------------------------------------------

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) != self._head

    def __getitem__(self, index):
        return self._items[self._position(index)]

    def __setitem__(self, index, value):
        self._items[self._position(index)] = value

    def __delitem__(self, index):
        position = self._position(index)
        self._state += 1
        del self._items[position]

    def __contains__(self, value):
        state = self._state
        for x in self._live():
            if x is value or x == value:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_iterator(self, True)

    @_recursive_repr('[...]')
    def __repr__(self):
        name = type(self).__name__
        body = repr(self._live())
        if self._maxlen is None:
            return '%s(%s)' % (name, body)
        return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)

    def __reduce__(self):
        state = getattr(self, '__dict__', None)
        return type(self), ((), self._maxlen), state, iter(self)

    __hash__ = None

    # Arithmetic --------------------------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, times):
        new = self.copy()
        new *= times
        return new

    __rmul__ = __mul__

    def __imul__(self, times):
        times = _index_arg(times)
        items = self._live()
        if times <= 0 or not items:
            self.clear()
            return self
        result = items * times
        if self._maxlen is not None and len(result) > self._maxlen:
            result = result[len(result) - self._maxlen:]
        self._reset(result)
        return self

    # Comparisons ---------------------------------------------------------------------------

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._live(), other._live())

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _deque_iterator:
    __slots__ = ('_deque', '_state', '_next', '_reverse')

    def __init__(self, dq, reverse):
        self._deque = dq
        self._state = dq._state
        self._next = len(dq) - 1 if reverse else 0
        self._reverse = reverse

    def __iter__(self):
        return self

    def __next__(self):
        dq = self._deque
        if dq is None:
            raise StopIteration
        if dq._state != self._state:
            self._deque = None
            raise RuntimeError('deque mutated during iteration')
        i = self._next
        if i < 0 or i >= len(dq._items) - dq._head:
            self._deque = None
            raise StopIteration
        self._next = i - 1 if self._reverse else i + 1
        return dq._items[dq._head + i]

    def __length_hint__(self):
        dq = self._deque
        if dq is None:
            return 0
        return self._next + 1 if self._reverse else len(dq) - self._next

