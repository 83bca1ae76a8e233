# expect: uncaught OverflowError: sequence longer than 10,000,000 items (the sequence length limit)
# Issue 15: format widths failed with "result too large for this simulator" (no limit named).
print("before")
s = '{:1000000000}'.format(1)
