"""hash() as CPython computes it: str (PYTHONHASHSEED=0, as the oracle runs), int, tuple, float; sets ordered by those hashes."""
class P:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return hash((self.x, "p"))


print(hash("abc"), hash(""), hash(1), hash(-1), hash(2**70), hash(True))
print(hash((1, "a")), hash(()), hash((1.5, (2, "x"))))
print(hash(1.5), hash(-0.1), hash(2.0), hash(1e300), hash(float("inf")), hash(3.14159))
print(hash(P(3)))
try:
    hash([1])
except TypeError as e:
    print(e)
print({0.5, 0.25, 1.5, 3.0, 100.125, -2.5, 7}, {(1.5, "a"), (2, "b"), (0.1, "c")})
print(hash(frozenset([1, 2, "a"])), hash(frozenset()), hash(frozenset([(1, 2.5), "x"])))
print(hash(frozenset([print, len])) == hash(frozenset([len, print])), hash(None))
