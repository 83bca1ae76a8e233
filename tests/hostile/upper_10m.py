# expect: print 10000000
# Issue 15: s.upper() on 10,000,000 characters took over 60 s.
s = 'x' * 10**7
t = s.upper()
print(len(t))
