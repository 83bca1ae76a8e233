# printf-style % formatting (exact ints of any size, flags, widths, precisions) and the
# 4,300-digit rule for int <-> decimal text, which hexadecimal text does not have.
try:
    print("'%d' % 'a'", '->', repr('%d' % 'a')[:80])
except Exception as x:
    print("'%d' % 'a'", '->', type(x).__name__, x)
try:
    print("'%x' % 'a'", '->', repr('%x' % 'a')[:80])
except Exception as x:
    print("'%x' % 'a'", '->', type(x).__name__, x)
try:
    print("'%x' % 2.5", '->', repr('%x' % 2.5)[:80])
except Exception as x:
    print("'%x' % 2.5", '->', type(x).__name__, x)
try:
    print("'%f' % 'a'", '->', repr('%f' % 'a')[:80])
except Exception as x:
    print("'%f' % 'a'", '->', type(x).__name__, x)
try:
    print("'%e' % 'a'", '->', repr('%e' % 'a')[:80])
except Exception as x:
    print("'%e' % 'a'", '->', type(x).__name__, x)
try:
    print("'%c' % 65", '->', repr('%c' % 65)[:80])
except Exception as x:
    print("'%c' % 65", '->', type(x).__name__, x)
try:
    print("'%c' % 'ab'", '->', repr('%c' % 'ab')[:80])
except Exception as x:
    print("'%c' % 'ab'", '->', type(x).__name__, x)
try:
    print("'%5s|' % 'ab'", '->', repr('%5s|' % 'ab')[:80])
except Exception as x:
    print("'%5s|' % 'ab'", '->', type(x).__name__, x)
try:
    print("'%-5s|' % 'ab'", '->', repr('%-5s|' % 'ab')[:80])
except Exception as x:
    print("'%-5s|' % 'ab'", '->', type(x).__name__, x)
try:
    print("'%.1s' % 'abc'", '->', repr('%.1s' % 'abc')[:80])
except Exception as x:
    print("'%.1s' % 'abc'", '->', type(x).__name__, x)
try:
    print("'%r' % 'a'", '->', repr('%r' % 'a')[:80])
except Exception as x:
    print("'%r' % 'a'", '->', type(x).__name__, x)
try:
    print("'%a' % 'é'", '->', repr('%a' % 'é')[:80])
except Exception as x:
    print("'%a' % 'é'", '->', type(x).__name__, x)
try:
    print("'%+d' % 5", '->', repr('%+d' % 5)[:80])
except Exception as x:
    print("'%+d' % 5", '->', type(x).__name__, x)
try:
    print("'% d' % 5", '->', repr('% d' % 5)[:80])
except Exception as x:
    print("'% d' % 5", '->', type(x).__name__, x)
try:
    print("'%+.2f' % 3.14159", '->', repr('%+.2f' % 3.14159)[:80])
except Exception as x:
    print("'%+.2f' % 3.14159", '->', type(x).__name__, x)
try:
    print("'%010.3f' % -3.14159", '->', repr('%010.3f' % -3.14159)[:80])
except Exception as x:
    print("'%010.3f' % -3.14159", '->', type(x).__name__, x)
try:
    print("'%-8.2e|' % 12345.678", '->', repr('%-8.2e|' % 12345.678)[:80])
except Exception as x:
    print("'%-8.2e|' % 12345.678", '->', type(x).__name__, x)
try:
    print("'%g' % 0.00001234", '->', repr('%g' % 0.00001234)[:80])
except Exception as x:
    print("'%g' % 0.00001234", '->', type(x).__name__, x)
try:
    print("'%G' % 1e20", '->', repr('%G' % 1e20)[:80])
except Exception as x:
    print("'%G' % 1e20", '->', type(x).__name__, x)
try:
    print("'%#o' % 8", '->', repr('%#o' % 8)[:80])
except Exception as x:
    print("'%#o' % 8", '->', type(x).__name__, x)
try:
    print("'%#X' % 255", '->', repr('%#X' % 255)[:80])
except Exception as x:
    print("'%#X' % 255", '->', type(x).__name__, x)
try:
    print("'%08x' % -255", '->', repr('%08x' % -255)[:80])
except Exception as x:
    print("'%08x' % -255", '->', type(x).__name__, x)
try:
    print("'%-08d|' % 42", '->', repr('%-08d|' % 42)[:80])
except Exception as x:
    print("'%-08d|' % 42", '->', type(x).__name__, x)
try:
    print("'%05s' % 'ab'", '->', repr('%05s' % 'ab')[:80])
except Exception as x:
    print("'%05s' % 'ab'", '->', type(x).__name__, x)
try:
    print("'%5%' % ()", '->', repr('%5%' % ())[:80])
except Exception as x:
    print("'%5%' % ()", '->', type(x).__name__, x)
try:
    print("'%d %d' % (1,)", '->', repr('%d %d' % (1,))[:80])
except Exception as x:
    print("'%d %d' % (1,)", '->', type(x).__name__, x)
try:
    print("'%d' % (1, 2)", '->', repr('%d' % (1, 2))[:80])
except Exception as x:
    print("'%d' % (1, 2)", '->', type(x).__name__, x)
try:
    print("'%05f' % float('inf')", '->', repr('%05f' % float('inf'))[:80])
except Exception as x:
    print("'%05f' % float('inf')", '->', type(x).__name__, x)
try:
    print("'%f' % float('nan')", '->', repr('%f' % float('nan'))[:80])
except Exception as x:
    print("'%f' % float('nan')", '->', type(x).__name__, x)
try:
    print("'%d' % 3.99", '->', repr('%d' % 3.99)[:80])
except Exception as x:
    print("'%d' % 3.99", '->', type(x).__name__, x)
try:
    print("'%d' % -3.99", '->', repr('%d' % -3.99)[:80])
except Exception as x:
    print("'%d' % -3.99", '->', type(x).__name__, x)
try:
    print("'%i' % 2**64", '->', repr('%i' % 2**64)[:80])
except Exception as x:
    print("'%i' % 2**64", '->', type(x).__name__, x)
try:
    print("'%d' % True", '->', repr('%d' % True)[:80])
except Exception as x:
    print("'%d' % True", '->', type(x).__name__, x)
try:
    print("'%x' % True", '->', repr('%x' % True)[:80])
except Exception as x:
    print("'%x' % True", '->', type(x).__name__, x)
try:
    print("'%.0f' % 2.5", '->', repr('%.0f' % 2.5)[:80])
except Exception as x:
    print("'%.0f' % 2.5", '->', type(x).__name__, x)
try:
    print("'%s' % None", '->', repr('%s' % None)[:80])
except Exception as x:
    print("'%s' % None", '->', type(x).__name__, x)
try:
    print("'%s %s' % ('a', [1,2])", '->', repr('%s %s' % ('a', [1,2]))[:80])
except Exception as x:
    print("'%s %s' % ('a', [1,2])", '->', type(x).__name__, x)
try:
    print("'%u' % 7", '->', repr('%u' % 7)[:80])
except Exception as x:
    print("'%u' % 7", '->', type(x).__name__, x)
try:
    print("'%.3x' % 10", '->', repr('%.3x' % 10)[:80])
except Exception as x:
    print("'%.3x' % 10", '->', type(x).__name__, x)
try:
    print("'%#.3x' % 10", '->', repr('%#.3x' % 10)[:80])
except Exception as x:
    print("'%#.3x' % 10", '->', type(x).__name__, x)
try:
    print("'%+x' % 10", '->', repr('%+x' % 10)[:80])
except Exception as x:
    print("'%+x' % 10", '->', type(x).__name__, x)
try:
    print("'%F' % 1.5", '->', repr('%F' % 1.5)[:80])
except Exception as x:
    print("'%F' % 1.5", '->', type(x).__name__, x)
try:
    print("'%d' % float('inf')", '->', repr('%d' % float('inf'))[:80])
except Exception as x:
    print("'%d' % float('inf')", '->', type(x).__name__, x)
try:
    print("'%d' % float('nan')", '->', repr('%d' % float('nan'))[:80])
except Exception as x:
    print("'%d' % float('nan')", '->', type(x).__name__, x)
try:
    print("'%.500d' % 1", '->', repr('%.500d' % 1)[:80])
except Exception as x:
    print("'%.500d' % 1", '->', type(x).__name__, x)
try:
    print("'%s' % (1,)", '->', repr('%s' % (1,))[:80])
except Exception as x:
    print("'%s' % (1,)", '->', type(x).__name__, x)
try:
    print("'%s' % [1]", '->', repr('%s' % [1])[:80])
except Exception as x:
    print("'%s' % [1]", '->', type(x).__name__, x)
try:
    print("'100%%' % ()", '->', repr('100%%' % ())[:80])
except Exception as x:
    print("'100%%' % ()", '->', type(x).__name__, x)
try:
    print("'%z' % 1", '->', repr('%z' % 1)[:80])
except Exception as x:
    print("'%z' % 1", '->', type(x).__name__, x)
try:
    print("'%d'", '->', repr('%d')[:80])
except Exception as x:
    print("'%d'", '->', type(x).__name__, x)
try:
    print("'%10.4d|' % 42", '->', repr('%10.4d|' % 42)[:80])
except Exception as x:
    print("'%10.4d|' % 42", '->', type(x).__name__, x)
try:
    print("'%-+5d|' % 3", '->', repr('%-+5d|' % 3)[:80])
except Exception as x:
    print("'%-+5d|' % 3", '->', type(x).__name__, x)
try:
    print("'%(a)s' % {'a': 1}", '->', repr('%(a)s' % {'a': 1})[:80])
except Exception as x:
    print("'%(a)s' % {'a': 1}", '->', type(x).__name__, x)
try:
    print("'%*d' % (5, 3)", '->', repr('%*d' % (5, 3))[:80])
except Exception as x:
    print("'%*d' % (5, 3)", '->', type(x).__name__, x)
try:
    print("'%d' % 2**10000 == str(2**10000)", '->', repr('%d' % 2**10000 == str(2**10000))[:80])
except Exception as x:
    print("'%d' % 2**10000 == str(2**10000)", '->', type(x).__name__, x)
try:
    print("len('%d' % 2**10000)", '->', repr(len('%d' % 2**10000))[:80])
except Exception as x:
    print("len('%d' % 2**10000)", '->', type(x).__name__, x)
try:
    print("'%d' % -2**70", '->', repr('%d' % -2**70)[:80])
except Exception as x:
    print("'%d' % -2**70", '->', type(x).__name__, x)
try:
    print("'%x' % 2**70", '->', repr('%x' % 2**70)[:80])
except Exception as x:
    print("'%x' % 2**70", '->', type(x).__name__, x)
try:
    print("'%o' % 2**70", '->', repr('%o' % 2**70)[:80])
except Exception as x:
    print("'%o' % 2**70", '->', type(x).__name__, x)
try:
    print("'%X' % 2**70", '->', repr('%X' % 2**70)[:80])
except Exception as x:
    print("'%X' % 2**70", '->', type(x).__name__, x)
try:
    print("'%5.1f' % 2**70", '->', repr('%5.1f' % 2**70)[:80])
except Exception as x:
    print("'%5.1f' % 2**70", '->', type(x).__name__, x)
try:
    print("'%d' % 2.5e300", '->', repr('%d' % 2.5e300)[:80])
except Exception as x:
    print("'%d' % 2.5e300", '->', type(x).__name__, x)
try:
    print('str(10**4300)', '->', repr(str(10**4300))[:80])
except Exception as x:
    print('str(10**4300)', '->', type(x).__name__, x)
try:
    print('repr(-10**4300)', '->', repr(repr(-10**4300))[:80])
except Exception as x:
    print('repr(-10**4300)', '->', type(x).__name__, x)
try:
    print("'%d' % 10**4300", '->', repr('%d' % 10**4300)[:80])
except Exception as x:
    print("'%d' % 10**4300", '->', type(x).__name__, x)
try:
    print("f'{10**4300:d}'", '->', repr(f'{10**4300:d}')[:80])
except Exception as x:
    print("f'{10**4300:d}'", '->', type(x).__name__, x)
try:
    print("f'{10**4300}'", '->', repr(f'{10**4300}')[:80])
except Exception as x:
    print("f'{10**4300}'", '->', type(x).__name__, x)
try:
    print('len(str(10**4299))', '->', repr(len(str(10**4299)))[:80])
except Exception as x:
    print('len(str(10**4299))', '->', type(x).__name__, x)
try:
    print("int('1' * 4301)", '->', repr(int('1' * 4301))[:80])
except Exception as x:
    print("int('1' * 4301)", '->', type(x).__name__, x)
try:
    print("len(format(2**100000, 'x'))", '->', repr(len(format(2**100000, 'x')))[:80])
except Exception as x:
    print("len(format(2**100000, 'x'))", '->', type(x).__name__, x)
try:
    print('hex(2**100000)[:6]', '->', repr(hex(2**100000)[:6])[:80])
except Exception as x:
    print('hex(2**100000)[:6]', '->', type(x).__name__, x)
try:
    print("len(format(1.5, '.5000000f'))", '->', repr(len(format(1.5, '.5000000f')))[:80])
except Exception as x:
    print("len(format(1.5, '.5000000f'))", '->', type(x).__name__, x)
try:
    print("len('%.5000000e' % 1.5)", '->', repr(len('%.5000000e' % 1.5))[:80])
except Exception as x:
    print("len('%.5000000e' % 1.5)", '->', type(x).__name__, x)
try:
    print("format(2**-1074, '.1100e')[-12:]", '->', repr(format(2**-1074, '.1100e')[-12:])[:80])
except Exception as x:
    print("format(2**-1074, '.1100e')[-12:]", '->', type(x).__name__, x)
