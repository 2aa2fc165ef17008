# __format__ on user classes, datetime-free; !r/!s/!a conversions call repr/str/ascii.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == 'short':
            return '$%d' % (self.cents // 100)
        return '$%d.%02d' % divmod(self.cents, 100)
    def __repr__(self):
        return 'Money(%d)' % self.cents
    def __str__(self):
        return 'money'

m = Money(12345)
print(f'{m} {m:short} {m!r} {m!s} {m!a}')
print(format(m, 'short'), '{:short}'.format(m), '{0!r}'.format(m))

class Plain:
    def __repr__(self):
        return 'Plain()'

p = Plain()
print(f'{p}')
try:
    f'{p:>10}'
except TypeError as e:
    print(type(e).__name__, e)
print(f'{"ünïcode"!a}')
try:
    format(3, 'z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format('s', 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, 'd')
except ValueError as e:
    print(type(e).__name__, e)
