# expect: print 30000000
# Small values made and dropped do not count toward the memory limit (only what is kept,
# or made large, does): 300,000 lists of 100 items, none kept.
print(sum(len([i] * 100) for i in range(300_000)))
