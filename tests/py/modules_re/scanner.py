# re.Scanner, the small lexer built on Pattern.scanner() and Match.lastindex.
import re
def s_ident(scanner, token): return ('ID', token)
def s_op(scanner, token): return ('OP', token)
def s_int(scanner, token): return ('INT', int(token))
sc = re.Scanner([(r"[a-zA-Z_]\w*", s_ident), (r"\d+\.\d*", lambda s, t: ('FLOAT', float(t))), (r"\d+", s_int), (r"=|\+|-|\*|/", s_op), (r"\s+", None)])
print(sc.scan("sum = 3*foo + 312.50 + bar ?rest"))
sc2 = re.Scanner([(r'(a)(b)', 'AB'), (r'(c)', 'C'), (r'd', 'D')])
print(sc2.scan('abcdabx'))
