from collections import Counter, defaultdict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups, groups["a"], "z" in groups, groups["z"], len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts), counts.default_factory, counts.get("q"), counts == {"m": 1, "i": 4, "s": 4, "p": 2})
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(dict(nested["x"]), defaultdict(None, {"a": 1}), defaultdict(list, a=[1]).copy(), type(counts.copy()).__name__)
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(1)
except TypeError as e:
    print(e)

c = Counter("abracadabra")
print(c, c["a"], c["z"], "z" in c, len(c), c.most_common(2), c.most_common(), c.total())
c.update("aaz")
c.update({"b": 10})
c.subtract(r=5)
print(c, sorted(c.elements())[:6], Counter(), Counter(a=2, b=1), Counter({"x": 3}))
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, a == Counter(a=3, b=1), a == {"a": 3, "b": 1, "c": 0})
a += Counter(c=2)
print(a, type(a).__name__, isinstance(a, dict), dict(a))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3), Counter(len(w) for w in words))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print(e)
