ages = {'ann': 31, 'bob': 25}
ages['cid'] = 40
ages['ann'] += 1
print(ages, len(ages), 'bob' in ages, 25 in ages)
print(ages.get('dan'), ages.get('dan', 0), ages['cid'])
print(list(ages.keys()), list(ages.values()), list(ages.items()))
for name, age in ages.items():
    print(name, age)
del ages['bob']
print(ages.pop('cid'), ages.pop('zed', 'none'), ages)
ages.update({'eve': 22, 'ann': 1})
print(ages, ages.setdefault('fay', 9), ages.setdefault('eve', 0))
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=lambda c: -counts[c]))
print(dict(zip(['x', 'y'], [1, 2])), dict(a=1, b=2), {**counts, 'm': 100})
nested = {'a': {'b': [1, 2, {'c': 3}]}}
print(nested['a']['b'][2]['c'], nested)
print({1: 'one', 2.0: 'two', (1, 2): 'tuple', None: 'none', True: 'bool?'})
s = {3, 1, 2}
s.add(4)
s.discard(10)
s.remove(1)
print(s, len(s), 2 in s, sorted(s))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4, 5}, {1} < a)
print(set(), {}, type({}).__name__, set([1, 1, 2]), bool(set()))
print(list(reversed({'k1': 1, 'k2': 2})), {k: v for k, v in sorted({'z': 1, 'a': 2}.items())})
d = {'one': 1}
print(d == {'one': 1}, d != {'one': 2}, d.copy() is d, list(d))
try:
    print(ages['nobody'])
except KeyError as e:
    print('KeyError', e, repr(e))
t = (1, 2, 3)
x, *rest = t
print(x, rest, t[1:], t + (4,), t * 2, t.index(2), t.count(3))
