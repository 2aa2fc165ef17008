# classmethod, staticmethod, alternative constructors, class-level counters.
class Date:
    instances = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).instances += 1

    @classmethod
    def from_string(cls, text):
        return cls(*map(int, text.split('-')))

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return '%s(%d, %d, %d)' % (type(self).__name__, self.y, self.m, self.d)

class MyDate(Date):
    pass

print(Date.from_string('2024-02-29'), MyDate.from_string('2000-1-1'))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(Date.instances, MyDate.instances)
print(type(Date.__dict__['from_string']).__name__, type(Date.__dict__['is_leap']).__name__)
print(Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)
print(Date.is_leap.__name__, callable(Date.__dict__['is_leap']))
