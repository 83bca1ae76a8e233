# expect: print 10000000
# Issue 15: x[:] and x.sort() on 10,000,000 items took over 60 s.
x = list(range(10**7))
y = x[:]
y.sort(reverse=True)
y.sort()
print(len(y))
