print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(17 // 5, 17 % 5, -17 // 5, -17 % 5, 17.5 // 5, 17.5 % 5)
print(2 ** 10, 2 ** -1, (-2) ** 3, 2 ** 0.5)
print(2 ** 100, 3 ** 50 * -1)
print(10 ** 20 + 1, (10 ** 20 + 1) // 7, (10 ** 20) % 13)
print(1 / 3, 2 / 3, 10 / 4, 10 / 5, 1 / 7)
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 100 * 1.1)
print(1e16, 1e15, 1e-5, 1e-4, 0.0001, 123456789012345678.0)
print(1.0, -0.0, 2.50, 3e0, float('inf'), -float('inf'))
print(round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(2.675, 2), round(1234, -2))
print(round(7), round(7.0), round(1.23456, 3), type(round(2.5)).__name__)
print(int(3.9), int(-3.9), int('42'), int('-17'), float('1.5'), float(3))
print(abs(-3), abs(-3.5), abs(0), max(1, 2.0), min(-1, -1.0))
print(True + True, True * 10, 3 == 3.0, 1 < 2 < 3, 3 > 2 > 2)
print(int(True), bool(0), bool(0.0), bool(-1), bool(''), bool('0'))
x = 17
x += 3
x *= 2
x //= 3
x -= 1
x **= 2
x %= 50
print(x)
print(0.1 + 0.7, 3 * 0.1, 1 - 0.9, 5e-324, 1.7976931348623157e308)
print(2 ** 63, -2 ** 63, 2 ** 64 - 1, 12345678901234567890 * 98765432109876543210)
print(float(2 ** 53 + 1), 10 / 3 * 3, 7 / 7, 9 ** 0.5)
print(1_000_000, 0x1f, 0o17, 0b101, 1e3, 2.5e-3)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(1.0 // 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
