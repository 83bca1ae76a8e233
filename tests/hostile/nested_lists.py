# expect: limit the run made more than 256 MB of Python objects (the memory limit)
# Issue 15: 200 lists of 10,000,000 items crashed the tab after 17.5 s at 4.7 GB.
print("before")
xs = [[0] * 10**7 for _ in range(200)]
