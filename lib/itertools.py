"""Functional tools for creating and using iterators.

Infinite iterators:
count(start=0, step=1) --> start, start+step, start+2*step, ...
cycle(p) --> p0, p1, ... plast, p0, p1, ...
repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times

Iterators terminating on the shortest input sequence:
accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2
chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...
chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...
compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...
dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails
groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)
filterfalse(pred, seq) --> elements of seq where pred(elem) is False
islice(seq, [start,] stop [, step]) --> elements from
       seq[start:stop:step]
pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...
starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...
tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n
takewhile(pred, seq) --> seq[0], seq[1], until pred fails
zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...

Combinatoric generators:
product(p, q, ... [repeat=1]) --> cartesian product
permutations(p[, r])
combinations(p, r)
combinations_with_replacement(p, r)

Each iterator is a class (so type(x) and reprs read like CPython's); the
combinatoric ones drive an internal generator.
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']

import sys as _sys

_MISSING = object()


def _as_index(value):
    # The integer a count-like argument stands for (int or anything with __index__).
    if isinstance(value, int):
        return int(value)
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return method(value)


def _is_number(value):
    try:
        value + 0
    except TypeError:
        return False
    return True


class _Iterator:
    """Shared base: every itertools object is its own iterator."""

    __slots__ = ()

    def __iter__(self):
        return self

    def __reduce__(self):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)


class _GeneratorBacked(_Iterator):
    """An iterator whose items come from a generator built at construction."""

    __slots__ = ('_gen',)

    def __next__(self):
        return next(self._gen)


# Infinite iterators ------------------------------------------------------------------

class count(_Iterator):
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """

    __slots__ = ('_value', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._value,)
        return 'count(%r, %r)' % (self._value, step)


class cycle(_Iterator):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    __slots__ = ('_it', '_saved', '_index', '_first_pass')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._first_pass = True

    def __next__(self):
        if self._first_pass:
            for item in self._it:
                self._saved.append(item)
                return item
            self._first_pass = False
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat(_Iterator):
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    __slots__ = ('_object', '_times')

    def __init__(self, *args, **kwargs):
        params = {}
        names = ('object', 'times')
        if len(args) > 2:
            raise TypeError('repeat() takes at most 2 arguments (%d given)' % len(args))
        for name, value in zip(names, args):
            params[name] = value
        for name, value in kwargs.items():
            if name not in names:
                raise TypeError("repeat() got an unexpected keyword argument '%s'" % name)
            params[name] = value
        if 'object' not in params:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._object = params['object']
        times = params.get('times')
        self._times = None if times is None else max(_as_index(times), 0)

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)


# Iterators terminating on the shortest input ---------------------------------------

class accumulate(_Iterator):
    """Return series of accumulated sums (or other binary function results)."""

    __slots__ = ('_it', '_func', '_total', '_state')

    # _state: 0 before the first item, 1 while the initial value is still to be
    # produced, 2 once running totals are being produced.

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._state = 0 if initial is None else 1

    def __next__(self):
        state = self._state
        if state == 1:
            self._state = 2
            return self._total
        item = next(self._it)
        if state == 0:
            self._state = 2
            self._total = item
            return item
        func = self._func
        total = self._total + item if func is None else func(self._total, item)
        self._total = total
        return total


class chain(_Iterator):
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    __slots__ = ('_sources', '_active')

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._active = None
        return self

    def __next__(self):
        while True:
            active = self._active
            if active is None:
                sources = self._sources
                if sources is None:
                    raise StopIteration
                try:
                    source = next(sources)
                except StopIteration:
                    self._sources = None
                    raise
                self._active = active = iter(source)
            for item in active:
                return item
            self._active = None

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class compress(_Iterator):
    """Return data elements corresponding to true selector elements.

    Forms a shorter iterator from selected data elements using the selectors to
    choose the data elements."""

    __slots__ = ('_data', '_selectors')

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __next__(self):
        data = self._data
        for selector in self._selectors:
            item = next(data)
            if selector:
                return item
        raise StopIteration


class dropwhile(_Iterator):
    """Drop items from the iterable while predicate(item) is true.

    Afterwards, return every element until the iterable is exhausted."""

    __slots__ = ('_predicate', '_it', '_dropping')

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __next__(self):
        if self._dropping:
            predicate = self._predicate
            for item in self._it:
                if not predicate(item):
                    self._dropping = False
                    return item
            raise StopIteration
        return next(self._it)


class takewhile(_Iterator):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    __slots__ = ('_predicate', '_it')

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._it = iter(iterable)

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        item = next(it)
        if self._predicate(item):
            return item
        self._it = None
        raise StopIteration


class filterfalse(_Iterator):
    """Return those items of iterable for which function(item) is false.

    If function is None, return the items that are false."""

    __slots__ = ('_function', '_it')

    def __init__(self, function, iterable, /):
        self._function = function
        self._it = iter(iterable)

    def __next__(self):
        function = self._function
        for item in self._it:
            if not (item if function is None else function(item)):
                return item
        raise StopIteration


class starmap(_Iterator):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    __slots__ = ('_function', '_it')

    def __init__(self, function, iterable, /):
        self._function = function
        self._it = iter(iterable)

    def __next__(self):
        return self._function(*next(self._it))


class islice(_Iterator):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.  If start is specified, will skip all preceding elements;
    otherwise, start defaults to zero.  Step defaults to one.  If
    specified as another value, step determines how many values are
    skipped between successive calls.  Works like a slice() on a list
    but returns an iterator."""

    __slots__ = ('_it', '_next', '_stop', '_step', '_position')

    def __init__(self, iterable, *args):
        nargs = len(args) + 1
        if nargs < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % nargs)
        if nargs > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % nargs)
        start, step = 0, 1
        if len(args) == 1:
            stop = args[0]
        else:
            start, stop = args[0], args[1]
            if len(args) == 3:
                step = args[2]
        stop = self._bound(stop, 'Stop argument for islice() must be None or an integer: '
                                 '0 <= x <= sys.maxsize.')
        start = self._bound(start, 'Indices for islice() must be None or an integer: '
                                   '0 <= x <= sys.maxsize.')
        if start is None:
            start = 0
        if step is None:
            step = 1
        else:
            try:
                step = _as_index(step)
            except TypeError:
                step = -1
            if step <= 0:
                raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._position = 0

    @staticmethod
    def _bound(value, message):
        if value is None:
            return None
        try:
            value = _as_index(value)
        except TypeError:
            raise ValueError(message) from None
        if value < 0 or value > _sys.maxsize:
            raise ValueError(message)
        return value

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        target = self._next
        if stop is not None and target >= stop:
            # Consume up to stop so the underlying iterator is left where CPython leaves it.
            while self._position < stop:
                try:
                    next(it)
                except StopIteration:
                    break
                self._position += 1
            self._it = None
            raise StopIteration
        while self._position < target:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._position += 1
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._position += 1
        self._next = target + self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class pairwise(_Iterator):
    """Return an iterator of overlapping pairs taken from the input iterator.

        s -> (s0,s1), (s1,s2), (s2, s3), ..."""

    __slots__ = ('_it', '_previous')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._previous = _MISSING

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        previous = self._previous
        try:
            if previous is _MISSING:
                previous = next(it)
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._previous = item
        return (previous, item)


class zip_longest(_Iterator):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

    Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument.  The .__next__()
    method continues until the longest iterable in the argument sequence
    is exhausted and then it raises StopIteration.  When the shorter iterables
    are exhausted, the fillvalue is substituted in their place.  The fillvalue
    defaults to None or can be specified by a keyword argument."""

    __slots__ = ('_iterators', '_active', '_fillvalue')

    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        for name, value in kwargs.items():
            if name != 'fillvalue':
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = value
        self._iterators = [iter(it) for it in iterables]
        self._active = len(self._iterators)
        self._fillvalue = fillvalue

    def __next__(self):
        iterators = self._iterators
        if not self._active:
            raise StopIteration
        result = []
        for i, it in enumerate(iterators):
            if it is None:
                result.append(self._fillvalue)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                iterators[i] = None
                self._active -= 1
                if not self._active:
                    raise
                result.append(self._fillvalue)
        return tuple(result)


class groupby(_Iterator):
    """make an iterator that returns consecutive keys and groups from the iterable

      iterable
        Elements to divide into groups according to the key function.
      key
        A function for computing the group category for each element.
        If the key function is not specified or is None, the element itself
        is used for grouping."""

    __slots__ = ('_it', '_keyfunc', '_target_key', '_current_key', '_current_value',
                 '_current_group')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._target_key = _MISSING       # key of the group handed out last
        self._current_key = _MISSING      # key of the item read last
        self._current_value = _MISSING    # item read last, until a group consumes it
        self._current_group = None        # only the newest group may advance

    def _read(self):
        # Read the next input item (StopIteration propagates at the end).
        value = next(self._it)
        self._current_key = value if self._keyfunc is None else self._keyfunc(value)
        self._current_value = value

    def __next__(self):
        self._current_group = None
        while True:
            if self._current_key is _MISSING:
                self._read()
            elif self._target_key is _MISSING or not (self._target_key == self._current_key):
                break
            else:
                # Still inside the previous group: skip its remaining items.
                self._read()
        self._target_key = self._current_key
        group = _grouper(self, self._target_key)
        self._current_group = group
        return (self._current_key, group)


class _grouper(_Iterator):
    __slots__ = ('_parent', '_key')

    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __next__(self):
        parent = self._parent
        if parent._current_group is not self:
            raise StopIteration
        if parent._current_value is _MISSING:
            parent._read()
        if not (self._key == parent._current_key):
            raise StopIteration
        value = parent._current_value
        parent._current_value = _MISSING
        return value


# tee ------------------------------------------------------------------------------------

class _TeeLink:
    """One item read from a tee'd iterator, linked to the item read after it.

    Every copy points at the link of the item it returned last; links that no
    copy can reach any more are reclaimed by the collector."""

    __slots__ = ('value', 'next')

    def __init__(self, value):
        self.value = value
        self.next = None


class _TeeSource:
    __slots__ = ('it',)

    def __init__(self, it):
        self.it = it


class _tee(_Iterator):
    __slots__ = ('_source', '_link', '__weakref__')

    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._source = iterable._source
            self._link = iterable._link
        else:
            self._source = _TeeSource(iter(iterable))
            self._link = _TeeLink(None)

    def __copy__(self):
        return _tee(self)

    def __next__(self):
        link = self._link
        following = link.next
        if following is None:
            following = _TeeLink(next(self._source.it))
            link.next = following
        self._link = following
        return following.value


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    first = it if isinstance(it, _tee) else _tee(it)
    return (first,) + tuple(_tee(first) for _ in range(n - 1))


# Combinatoric iterators -------------------------------------------------------------------

def _check_r(r):
    r = _as_index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class product(_GeneratorBacked):
    """Cartesian product of input iterables.  Equivalent to nested for-loops.

    For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).
    The leftmost iterators are in the outermost for-loop, so the output tuples
    cycle in a manner similar to an odometer (with the rightmost element changing
    on every iteration).

    To compute the product of an iterable with itself, specify the number
    of repetitions with the optional repeat keyword argument. For example,
    product(A, repeat=4) means the same as product(A, A, A, A).

    product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)
    product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ..."""

    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        repeat = _as_index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        if any(not pool for pool in pools):
            return
        n = len(pools)
        indices = [0] * n
        yield tuple(pool[0] for pool in pools)
        while True:
            # Advance the odometer from the rightmost wheel.
            for i in reversed(range(n)):
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
            else:
                return
            yield tuple(pool[j] for pool, j in zip(pools, indices))


class permutations(_GeneratorBacked):
    """Return successive r-length permutations of elements in the iterable.

    permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""

    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else _check_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        # Lexicographic order by positions: `used` marks positions in the current prefix.
        indices = list(range(r))
        used = [False] * n
        for i in indices:
            used[i] = True
        yield tuple(pool[i] for i in indices)
        while True:
            # Find the rightmost slot that can move to a larger unused position.
            i = r - 1
            while i >= 0:
                used[indices[i]] = False
                nxt = indices[i] + 1
                while nxt < n and used[nxt]:
                    nxt += 1
                if nxt < n:
                    indices[i] = nxt
                    used[nxt] = True
                    # Refill the slots after i with the smallest unused positions.
                    fill = 0
                    for j in range(i + 1, r):
                        while used[fill]:
                            fill += 1
                        indices[j] = fill
                        used[fill] = True
                    break
                i -= 1
            else:
                return
            yield tuple(pool[k] for k in indices)


class combinations(_GeneratorBacked):
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""

    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = self._run(pool, _check_r(r))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[k] for k in indices)


class combinations_with_replacement(_GeneratorBacked):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.

    combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"""

    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = self._run(pool, _check_r(r))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            value = indices[i] + 1
            for j in range(i, r):
                indices[j] = value
            yield tuple(pool[k] for k in indices)
