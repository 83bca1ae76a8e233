# expect: uncaught ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# Issue 15: str(2**999999) succeeded (CPython refuses past 4,300 digits; hex has no limit).
x = 2**999999
print(len(hex(x)))
print(len(str(x)))
