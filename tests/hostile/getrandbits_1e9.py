# expect: uncaught OverflowError: integer result over 1,000,000 bits (the integer size limit)
# Issue 15: no bit limit, and a quadratic assembly: over 60 s at 1 GB.
import random
print("before")
x = random.getrandbits(10**9)
print(x.bit_length())
