# expect: uncaught OverflowError: sequence longer than 10,000,000 items (the sequence length limit)
# join and replace check their result's length before they make it.
print("before")
s = 'ab' * 4_000_000
try:
    s.replace('a', 'xyz')
except OverflowError as e:
    print(e)
t = ','.join([s, s])
