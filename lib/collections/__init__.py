"""Container datatypes: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap,
and the UserDict/UserList/UserString wrappers. The abstract base classes are in
collections.abc."""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

import _collections_abc
from reprlib import recursive_repr as _recursive_repr

try:
    # The native deque, when the runtime has one.
    from _collections import deque
except ImportError:
    from collections._deque import deque

from collections._namedtuple import namedtuple
from collections._counter import Counter
from collections._ordereddict import OrderedDict
from collections._chainmap import ChainMap
from collections._userclasses import UserDict, UserList, UserString

# CPython's start-up happens to import collections.abc, so programs use
# collections.abc after a bare `import collections`: make that work here too.
from collections import abc


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce
    a new value when a key is not present, in __getitem__ only.
    A defaultdict compares equal to a dict with the same items.
    All remaining arguments are treated the same as if they were
    passed to the dict constructor, including keyword arguments.
    """

    __module__ = 'collections'

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        """__missing__(key) # Called by __getitem__ for missing key; pseudo-code:
  if self.default_factory is None: raise KeyError((key,))
  self[key] = value = self.default_factory()
  return value
"""
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    @_recursive_repr()
    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, _factory_repr(self), dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        factory = self.default_factory
        return type(self), (factory,) if factory is not None else (), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


def _factory_repr(dd):
    # A default_factory that (indirectly) reprs the defaultdict itself shows as '...'.
    factory = dd.default_factory
    if factory is None:
        return 'None'
    return _guarded_repr(factory)


@_recursive_repr()
def _guarded_repr(obj):
    return repr(obj)
