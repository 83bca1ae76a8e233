def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif 0 < n <= 10:
        return 'small'
    else:
        return 'large'


print([classify(n) for n in [-3, 0, 7, 11]])
for n in range(2, 12):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print('even', i)
else:
    print('while finished without break')
k = 3
while k:
    k -= 1
else:
    print('while-else ran, k =', k)
a, (b, c) = 1, (2, 3)
first, *middle, last = [1, 2, 3, 4, 5]
print(a, b, c, first, middle, last)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 5
grid[0][0] += 1
print(grid)
x = None
print(x is None, x is not None, [] == [], [] is [], 'yes' if x else 'no')
print(1 and 2, 0 and 2, 1 or 2, 0 or '', not 0, None or 'default')
vals = [1, 2, 3, 4]
del vals[1]
del vals[-1:]
print(vals)
pass
assert len(vals) == 2
if __name__ == '__main__':
    print('running as __main__')
