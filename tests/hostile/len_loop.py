# expect: print 100000
# Issue 15: len() of a string was O(n): over 60 s here (CPython: 0.1 s).
s = 'x' * 100000
i = 0
while i < len(s):
    c = s[i]
    i += 1
print(i)
