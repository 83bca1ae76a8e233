# expect: uncaught OverflowError: sequence longer than 10,000,000 items (the sequence length limit)
# Issue 15: s = s.center(len(s) * 2), 40 times (the CLI ran out of memory).
print("before")
s = 'ab'
for _ in range(40):
    s = s.center(len(s) * 2)
print(len(s))
