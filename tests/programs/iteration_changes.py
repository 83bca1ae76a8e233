"""Changing a dict or a set while iterating over it: CPython's RuntimeErrors; the type names of builtin iterators."""
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for k in d.values():
        del d["c"]
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for k, v in d.items():
        d.pop("a")
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
try:
    for k in reversed(d):
        d["z"] = 0
except RuntimeError as e:
    print("RuntimeError", e)
it = iter(d)
d["y"] = 1
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("again:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError", e)
for k in d:
    d[k] = d[k] * 2
print(d, s)
print(type(iter([])), type(iter(())), type(iter("ab")), type(iter(range(3))), type(iter(set())))
print(type(iter({})), type(reversed([1])), type(reversed((1,))), type(reversed("ab")), type(reversed(range(2))))
print(type(map(str, [1])), type(zip([1])), type(enumerate([1])), type(filter(None, [1])))
