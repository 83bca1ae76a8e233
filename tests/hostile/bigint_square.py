# expect: limit the run took more than 2 s (the wall-clock limit)
# Issue 15: a million-bit product each statement (3.7 ms) kept the page "simulating..."
# wall-clock: 2
print("before")
x = 1 << 499999
while True:
    y = x * x
