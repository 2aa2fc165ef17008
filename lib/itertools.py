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


class _GeneratorClass:
    """Base of the iterator classes whose objects are generators.

    Calling such a class checks the arguments at once, as CPython does, and
    returns a generator doing the work: in klass a generator resumes much
    faster than a Python-level __next__ is called.
    """

    __slots__ = ()


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


class cycle(_GeneratorClass):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __new__(cls, iterable, /):
        return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for item in it:
        yield item
        saved.append(item)
    while saved:
        yield from saved


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

class accumulate(_GeneratorClass):
    """Return series of accumulated sums (or other binary function results)."""

    def __new__(cls, iterable, func=None, *, initial=None):
        return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for item in it:
            total = total + item
            yield total
    else:
        for item in it:
            total = func(total, item)
            yield total


class chain(_GeneratorClass):
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    def __new__(cls, *iterables):
        return _chain(iterables)

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        return _chain(iterable)

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


def _chain(iterables):
    for iterable in iterables:
        yield from iterable


class compress(_GeneratorClass):
    """Return data elements corresponding to true selector elements.

    Forms a shorter iterator from selected data elements using the selectors to
    choose the data elements."""

    def __new__(cls, data, selectors):
        return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for item, selector in zip(data, selectors):
        if selector:
            yield item


class dropwhile(_GeneratorClass):
    """Drop items from the iterable while predicate(item) is true.

    Afterwards, return every element until the iterable is exhausted."""

    def __new__(cls, predicate, iterable, /):
        return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for item in it:
        if not predicate(item):
            yield item
            break
    yield from it


class takewhile(_GeneratorClass):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    def __new__(cls, predicate, iterable, /):
        return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for item in it:
        if not predicate(item):
            return
        yield item


class filterfalse(_GeneratorClass):
    """Return those items of iterable for which function(item) is false.

    If function is None, return the items that are false."""

    def __new__(cls, function, iterable, /):
        return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    if function is None:
        for item in it:
            if not item:
                yield item
    else:
        for item in it:
            if not function(item):
                yield item


class starmap(_GeneratorClass):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    def __new__(cls, function, iterable, /):
        return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


class islice(_GeneratorClass):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.  If start is specified, will skip all preceding elements;
    otherwise, start defaults to zero.  Step defaults to one.  If
    specified as another value, step determines how many values are
    skipped between successive calls.  Works like a slice() on a list
    but returns an iterator."""

    def __new__(cls, iterable, *args):
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
        stop = _slice_bound(stop, 'Stop argument for islice() must be None or an integer: '
                                  '0 <= x <= sys.maxsize.')
        start = _slice_bound(start, 'Indices for islice() must be None or an integer: '
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
        return _islice(iter(iterable), start, stop, step)


def _slice_bound(value, message):
    if value is None:
        return None
    try:
        value = _as_index(value)
    except TypeError:
        raise ValueError(message) from None
    if value < 0 or value > _sys.maxsize:
        raise ValueError(message)
    return value


def _islice(it, start, stop, step):
    # Like CPython, the input is read lazily: items before each selected one are
    # skipped when it is requested, and the call that ends the slice first
    # consumes the input up to `stop`.
    consumed = 0
    target = start
    while True:
        while consumed < target:
            try:
                next(it)
            except StopIteration:
                return
            consumed += 1
        if stop is not None and consumed >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        consumed += 1
        target += step
        if stop is not None and target > stop:
            target = stop
        yield item


class pairwise(_GeneratorClass):
    """Return an iterator of overlapping pairs taken from the input iterator.

        s -> (s0,s1), (s1,s2), (s2, s3), ..."""

    def __new__(cls, iterable, /):
        return _pairwise(iter(iterable))


def _pairwise(it):
    for previous in it:
        for item in it:
            yield (previous, item)
            previous = item


class zip_longest(_GeneratorClass):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

    Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument.  The .__next__()
    method continues until the longest iterable in the argument sequence
    is exhausted and then it raises StopIteration.  When the shorter iterables
    are exhausted, the fillvalue is substituted in their place.  The fillvalue
    defaults to None or can be specified by a keyword argument."""

    def __new__(cls, *iterables, **kwargs):
        fillvalue = None
        for name, value in kwargs.items():
            if name != 'fillvalue':
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = value
        return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                values.append(fillvalue)
        yield tuple(values)


class groupby(_GeneratorClass):
    """make an iterator that returns consecutive keys and groups from the iterable

      iterable
        Elements to divide into groups according to the key function.
      key
        A function for computing the group category for each element.
        If the key function is not specified or is None, the element itself
        is used for grouping."""

    def __new__(cls, iterable, key=None):
        return _groupby(_GroupState(iter(iterable), key))


class _GroupState:
    """What a groupby and its groups share: the item read last and its key, and
    which group is the current one (only that one may advance the input)."""

    __slots__ = ('it', 'keyfunc', 'key', 'value', 'current')

    def __init__(self, it, keyfunc):
        self.it = it
        self.keyfunc = keyfunc
        self.key = _MISSING       # key of the item read last
        self.value = _MISSING     # item read last, until a group hands it out
        self.current = None

    def read(self):
        # Reads the next input item (StopIteration propagates at the end).
        value = next(self.it)
        self.key = value if self.keyfunc is None else self.keyfunc(value)
        self.value = value


def _groupby(state):
    target = _MISSING  # key of the group handed out last
    while True:
        state.current = None
        try:
            while True:
                if state.key is _MISSING:
                    state.read()
                elif target is _MISSING or not (target == state.key):
                    break
                else:
                    state.read()  # still inside the previous group: skip
        except StopIteration:
            return
        target = state.key
        token = object()
        state.current = token
        yield (state.key, _group(state, token, target))


def _group(state, token, key):
    while state.current is token:
        if state.value is _MISSING:
            try:
                state.read()
            except StopIteration:
                return
        if not (key == state.key):
            return
        value = state.value
        state.value = _MISSING
        yield value


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


class product(_GeneratorClass):
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

    def __new__(cls, *iterables, repeat=1):
        repeat = _as_index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        return cls._run(pools)

    @staticmethod
    def _run(pools):
        if any(not pool for pool in pools):
            return
        if not pools:
            yield ()
            return
        *heads, last = pools
        n = len(heads)
        indices = [0] * n
        prefix = tuple(pool[0] for pool in heads)
        while True:
            for item in last:
                yield prefix + (item,)
            # Advance the odometer of the leading pools from the right.
            for i in reversed(range(n)):
                indices[i] += 1
                if indices[i] < len(heads[i]):
                    break
                indices[i] = 0
            else:
                return
            prefix = tuple(pool[j] for pool, j in zip(heads, indices))


class permutations(_GeneratorClass):
    """Return successive r-length permutations of elements in the iterable.

    permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""

    def __new__(cls, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else _check_r(r)
        return cls._run(pool, r)

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


class combinations(_GeneratorClass):
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""

    def __new__(cls, iterable, r):
        pool = tuple(iterable)
        return cls._run(pool, _check_r(r))

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


class combinations_with_replacement(_GeneratorClass):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.

    combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"""

    def __new__(cls, iterable, r):
        pool = tuple(iterable)
        return cls._run(pool, _check_r(r))

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
