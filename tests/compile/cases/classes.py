class A(Base, metaclass=Meta):
    """A class."""
    __secret = 1
    n: int = 0

    def method(self):
        return super().method(self.__secret)

    @property
    def cls(self):
        return __class__
