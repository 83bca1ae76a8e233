nums = [3, 1, 4, 1, 5, 9, 2, 6]
squares = [n * n for n in nums]
print(squares)
print([n for n in nums if n % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
print({n: n * n for n in nums if n > 2})
print({n % 3 for n in nums})
print(sorted({c for c in 'hello'}))
print(sum(n for n in nums))
print(max((len(w), w) for w in ['pear', 'fig', 'banana']))
x = 'outer'
print([x for x in range(2)], x)
words = ['a', 'bb', 'ccc']
lengths = {w: len(w) for w in words}
print(lengths, list(lengths.items()))
print([w.upper() if len(w) > 1 else w for w in words])
matrix = [[1, 2], [3, 4], [5, 6]]
print([v for row in matrix for v in row])
print(list(zip(*matrix)))
print({k: v for k, v in zip('abc', range(3))})
print([i for i in range(20) if i % 2 if i % 3])
