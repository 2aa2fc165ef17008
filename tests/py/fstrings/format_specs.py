# Format specifications inside f-strings, including nested (computed) specs.
value = 3.14159265
width = 10
precision = 3
print(f'[{value:{width}.{precision}f}]')
print(f'[{value:{"<" if width else ">"}{width}}]')
print(f'[{"text":*^{width}}]')
print(f'[{12345678:,}] [{12345678:_}] [{1234.5:,.2f}]')
print(f'[{255:x}] [{255:X}] [{255:#X}] [{255:o}] [{255:#o}] [{5:b}] [{5:#010b}]')
# The runner masks 0x<hex> as an address, so show the 0x prefix split from the digits.
print(f'[{255:#x}]'.replace('0x', '0x '), f'[{255:#010x}]'.replace('0x', '0x '))
print(f'[{-42:+d}] [{42:+d}] [{42: d}] [{-42: d}]')
print(f'[{0.000123:e}] [{123456.0:E}] [{0.5:%}] [{0.125:.1%}]')
print(f'[{1/3:g}] [{1e20:g}] [{1e-5:g}] [{123.0:g}]')
print(f'[{42:08.3f}] [{-3:05d}] [{3:=+5d}]')
print(f'[{"left":<8}] [{"right":>8}] [{"mid":^8}]')
print(f'[{"trunc"[:3]}] [{"truncate":.3}]')
print(f'[{True:d}] [{True}] [{None!s:>6}]')
print(f'[{1e100:.3g}] [{float("inf"):f}] [{float("nan"):>5}]')
print(f'[{12:c}] [{65:c}]'.replace('\x0c', '\\x0c'))
print(f'[{10**25:,d}]')
for align in '<>^':
    print(f'[{"ab":{align}6}]')
fmt = '>8.2f'
print(f'[{2.5:{fmt}}]')
