class A: pass
class B(A): x = 1
class C(A, B, metaclass=Meta, **kw):
    """Doc."""
    attr: int = 0
    def method(self, other):
        return super().method(other)
    @property
    def prop(self): return self._p
    @staticmethod
    def s(): pass
    class Inner:
        pass
@decorate
class D(*bases): pass
class E(): pass
