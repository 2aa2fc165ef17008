a() : int
