"""dict.keys(), .values(), .items(): their types, live views, `in`, reversed, set operations and comparisons."""
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(type(k), type(v), type(it))
print(type(iter(d)), type(iter(k)), type(iter(v)), type(iter(it)))
print(type(reversed(d)), type(reversed(k)), type(reversed(v)), type(reversed(it)))
print("a" in k, "z" in k, 2 in v, 9 in v, ("a", 1) in it, ("a", 2) in it, "a" in it, ("a",) in it)
print(len(k), len(v), len(it), bool(k), bool({}.keys()))
d["d"] = 4
print(k, v, it)
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(k & {"a", "z"}, {"a", "z"} & k, k | {"z"}, {"z"} | k, k - {"a"}, {"a", "q"} - k)
print(k ^ {"a", "q"}, {"a", "q"} ^ k)
print(it & {("a", 1)}, it - {("a", 1)}, it | {("q", 0)})
print(k == {"a", "b", "c", "d"}, k != {"a"}, k == ["a", "b", "c", "d"], v == v, v == d.values())
print(it == d.items(), k == d.keys())
print(k <= {"a", "b", "c", "d", "e"}, k < {"a", "b", "c", "d"}, k >= {"a"}, {"a"} < k, k > {"a"})
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), it.isdisjoint({("a", 1)}), k.isdisjoint(k))
e = {"a": 5, "b": 2}
print(d.items() ^ e.items(), d.items() & e.items(), d.keys() & e.keys(), e.keys() & d.keys())
print(d.keys() - e.keys(), d.keys() | e.keys(), d.keys() ^ e.keys())
print(k & [1, "a"], k | ["z"], list(k), sorted(it), tuple(v), max(k), sum(v))
print(isinstance(k, type(d.keys())), isinstance(v, type(k)))
big = {n: n * n for n in range(12)}
print(big.keys() - {3, 5, 7, 9, 11, 1}, big.keys() | {40, 50}, big.keys() ^ set(range(6, 20)))
for kk in d:
    d[kk] = 7
print(d)
try:
    print({"a": [1]}.items() & {1})
except TypeError as ex:
    print("TypeError", ex)
try:
    print([1] in k)
except TypeError as ex:
    print("TypeError", ex)
try:
    print(k & 5)
except TypeError as ex:
    print("TypeError", ex)
try:
    print(v & {1})
except TypeError as ex:
    print("TypeError", ex)
try:
    print(k < 3)
except TypeError as ex:
    print("TypeError", ex)
print(repr({}.keys()), repr({1: 2}.items()), {}.values())
for x in [d.keys(), d.items()]:
    try:
        print({x})
    except TypeError as ex:
        print("TypeError", ex)
print(len({d.values()}))
