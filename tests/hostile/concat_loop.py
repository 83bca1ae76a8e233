# expect: print 300000
# Growing a string one character at a time is cheap (no memory limit for the copies).
s = ''
for i in range(300000):
    s += 'x'
print(len(s))
