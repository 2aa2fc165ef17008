# string module constants and capwords.
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable), repr(string.printable[-6:]))
print(string.capwords('hello   wORLD  foo'), string.capwords('a-b c-d', '-'))
