# expect: print 3011
# Issue 15: '%d' % 2**10000 said "int too large to convert to float".
s = '%d' % 2**10000
print(len(s))
