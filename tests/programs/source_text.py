# A byte order mark opens this file; CPython drops it.
# Identifiers are NFKC-normalised: ℌ is H, ﬁ is fi.
# A bare `yield` (a statement, or `(yield)`) yields None.
ℌ = 2
print(H)
ﬁle = "x"
print(file)


def gen():
    yield
    got = (yield)
    print("sent", got)
    yield  # a comment after a bare yield
    yield; after = 1

for v in gen():
    print(v)
g = gen()
next(g)
next(g)
try:
    g.send(42)
except StopIteration:
    pass
