# expect: limit the run made more than 256 MB of Python objects (the memory limit)
# Small objects count as a list keeps them: 100-item lists are under 1 kB each.
print("before")
x = []
while True:
    x.append([0] * 100)
