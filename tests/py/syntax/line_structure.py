# Comments, explicit and implicit line joining, semicolons, indentation.
x = 1 + \
    2
print(x)  # a trailing comment
y = (1 +
     2 +
     3)
print(y)
z = [
    1,
    2,  # comments inside brackets are fine
    3,
]
print(z)
a = 1; b = 2; print(a + b)
if a: print('one-line if')
for i in range(2): print('loop', i)
def f(): return 'one-line def'
print(f())
s = """line one
line two"""
print(s)
print('adjacent' ' literals' " are"
      ' concatenated')
t = {'k':
     'v'}
print(t)
if True:
        print('any indentation depth works')
        if True:
         print('even inconsistent widths between blocks')
class C: pass
print(C.__name__)
while False: pass
else: print('while-else on one line')
