import itertools as it

def key(v):
    print('key', v)
    return v // 10

def gen():
    for v in [1, 2, 11, 12, 21]:
        print('yield', v)
        yield v

g = it.groupby(gen(), key)
print('made')
k1, g1 = next(g)
print('k1', k1, next(g1))
k2, g2 = next(g)
print('k2', k2, list(g1), list(g2))
for k, grp in g:
    print(k, list(grp))

def pred(v):
    print('pred', v)
    return v < 3
d = it.dropwhile(pred, gen())
print(next(d), next(d))
t = it.takewhile(pred, gen())
print(list(t), list(t))
ch = it.chain(gen(), gen())
print(next(ch))
print(list(it.islice(gen(), 1, 3)))
a, b = it.tee(gen(), 2)
print(next(b), next(a), next(a), next(b))
p = it.product(gen(), 'a')
print('product made')
print(next(p))
print(list(it.accumulate(gen(), lambda x, y: print('acc', x, y) or x + y, initial=100)))
z = it.zip_longest(gen(), [1])
print(next(z), next(z))
print(list(it.starmap(lambda *a: a, ['ab', [1, 2]])))
print(list(it.batched(gen(), 2)))
pw = it.pairwise(gen())
print(next(pw))
print(list(it.compress(gen(), [0, 1])))
