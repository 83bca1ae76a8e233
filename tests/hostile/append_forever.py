# expect: limit the run made more than 256 MB of Python objects (the memory limit)
# Issue 15: a list that grows without end (the CLI ran out of memory after 20-53 s).
print("before")
x = []
while True:
    x.append([0] * 1000)
