"""Generic (shallow and deep) copying operations.

Interface summary:

        import copy

        x = copy.copy(y)                # make a shallow copy of y
        x = copy.deepcopy(y)            # make a deep copy of y

For module specific errors, copy.Error is raised.

Classes can customise copying with __copy__(self) and __deepcopy__(self, memo);
otherwise the object's __reduce_ex__(4) result (or a copyreg reduction) says how
to rebuild it. The deep-copy memo maps id(original) to its copy, so shared and
self-referencing structures are copied once.
"""

import copyreg

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error  # backward compatibility


def _function():
    pass


# Objects of these types are immutable (or identity-only): copies are the object itself.
_ATOMIC_TYPES = {
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, bytes, str,
    type, range, slice, property, type(_function), type(len), type(_function.__code__),
}
try:
    import weakref as _weakref
    _ATOMIC_TYPES.add(_weakref.ref)
except ImportError:
    pass
del _function


# copy() ---------------------------------------------------------------------------------

_SHALLOW_BY_METHOD = {list: list.copy, dict: dict.copy, set: set.copy, bytearray: bytearray.copy}


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _ATOMIC_TYPES or cls is tuple or cls is frozenset:
        return x
    method = _SHALLOW_BY_METHOD.get(cls)
    if method is not None:
        return method(x)
    if issubclass(cls, type):
        # Classes (including those with a custom metaclass) are copied by reference.
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduction(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


# deepcopy() -----------------------------------------------------------------------------

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    copier = _DEEP_BY_TYPE.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif cls in _ATOMIC_TYPES or issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduction(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)

    # A copy that is the original itself needs no memo entry (and no keep-alive).
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A tuple that contains itself (through a list) was already copied meanwhile.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    # Sets and frozensets rebuild from a deep copy of their items, as their reduction does.
    return type(x)(deepcopy(list(x), memo))


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


class _Probe:
    def method(self):
        pass


_DEEP_BY_TYPE = {cls: _deepcopy_atomic for cls in _ATOMIC_TYPES}
_DEEP_BY_TYPE.update({
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    set: _deepcopy_set,
    frozenset: _deepcopy_set,
    type(_Probe().method): _deepcopy_method,
})
del _Probe


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo.

    Because we remember objects by their id, we have
    to assure that possibly temporary objects are kept
    alive by referencing them.
    We store a reference at the id of the memo, which should
    normally not be used unless someone tries to deepcopy
    the memo itself...
    """
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# Reduction-based copying ---------------------------------------------------------------------

def _reduction(x, cls):
    # How to rebuild x: copyreg's table, then the class's own __reduce_ex__ or
    # __reduce__, then the default reduction of plain objects (_object_reduction).
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    if getattr(cls, '__reduce_ex__', None) is not _DEFAULT_REDUCE_EX:
        rv = x.__reduce_ex__(4)
    elif getattr(cls, '__reduce__', None) is not _DEFAULT_REDUCE:
        rv = x.__reduce__()
    else:
        rv = _object_reduction(x, cls)
    if not isinstance(rv, (str, tuple)):
        raise Error('un(deep)copyable object of type %s' % cls)
    return rv


_DEFAULT_REDUCE_EX = getattr(object, '__reduce_ex__', None)
_DEFAULT_REDUCE = getattr(object, '__reduce__', None)

# Built-in value types whose subclasses are rebuilt from the plain value.
_VALUE_BASES = (int, float, complex, str, bytes, tuple, frozenset)


def _object_reduction(x, cls):
    """The reduction object.__reduce_ex__(4) gives for an instance: a new object
    made by cls.__new__, its state (the __dict__, plus the __slots__ values),
    and its items when it is a list or dict."""
    kwargs = None
    if hasattr(cls, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
    elif hasattr(cls, '__getnewargs__'):
        args = x.__getnewargs__()
    else:
        args = ()
        for base in _VALUE_BASES:
            if isinstance(x, base):
                args = (base(x),)
                break
    if isinstance(x, (set, frozenset)) and not args:
        args = (list(x),)

    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        state = getstate()
    else:
        state = getattr(x, '__dict__', None) or None
        slots = {}
        for name in copyreg._slotnames(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)

    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return copyreg.__newobj__, (cls,) + tuple(args), state, listitems, dictitems


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
