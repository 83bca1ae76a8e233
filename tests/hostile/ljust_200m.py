# expect: uncaught OverflowError: sequence longer than 10,000,000 items (the sequence length limit)
# Issue 15: crashed the tab at 1.95 GB; the CLI ran out of memory and lost "before".
print("before")
s = 'x'.ljust(2 * 10**8)
print(len(s))
