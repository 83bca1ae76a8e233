# expect: limit the run made more than 256 MB of Python objects (the memory limit)
# A dict that grows without end: its entries count as it keeps them.
print("before")
d = {i: [i] * 100 for i in range(10**7)}
