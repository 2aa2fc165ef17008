# __copy__, __deepcopy__ and __reduce_ex__-based copying of user classes.
import copy

class Tracked:
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        print('__copy__ called')
        return Tracked(self.data)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called, memo is a', type(memo).__name__)
        return Tracked(copy.deepcopy(self.data, memo))

t = Tracked([1, 2])
c = copy.copy(t)
d = copy.deepcopy(t)
print(c.data is t.data, d.data is t.data, d.data)

class Slots:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
        self.b = 'b'

s = copy.deepcopy(Slots())
print(s.a, s.b)

class WithState:
    def __init__(self):
        self.x = 1
    def __getstate__(self):
        return {'x': self.x * 10}
    def __setstate__(self, state):
        self.x = state['x'] + 1

print(copy.copy(WithState()).x)
f = lambda: 1
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(len) is len)
