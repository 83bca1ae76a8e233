# expect: print 1000000
# Just under the integer size limit, made in linear time.
import random
random.seed(1)
x = random.getrandbits(10**6)
print(x.bit_length())
