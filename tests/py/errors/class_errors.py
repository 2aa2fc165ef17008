# Errors around classes: abstract instantiation, super misuse, attribute protection.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ':', e)

import abc

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...
    @abc.abstractmethod
    def perimeter(self):
        ...

show(lambda: Shape())

class Half(Shape):
    def area(self):
        return 1

show(lambda: Half())
show(lambda: object.__new__(int))
show(lambda: int.__new__(str))
show(lambda: setattr(int, 'x', 1))
show(lambda: setattr(list, 'append', None))
show(lambda: delattr(str, 'upper'))
show(lambda: type('X', (int, str), {}))
show(lambda: super())

class Frozen:
    __slots__ = ()

show(lambda: setattr(Frozen(), 'a', 1))
show(lambda: object().__dict__)
show(lambda: type.__dict__['__name__'].__set__(int, 'x'))

class NoInit:
    pass

show(lambda: NoInit(1))
show(lambda: object(1))
show(lambda: int.__dict__['real'].__set__(1, 2))
