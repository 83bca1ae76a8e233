"""When CPython calls __hash__ in set and dict-view operations (it reuses the hashes a set or dict keeps), and the order those hashes give."""


class H:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print("hash", self.n)
        return self.n

    def __eq__(self, o):
        return isinstance(o, H) and o.n == self.n

    def __repr__(self):
        return f"H{self.n}"


s = {H(1), H(9), H(17)}
print(s)
t = s | {H(2)}
print(t, s & t, s - {H(9)})
print(H(1) in s)
d = {H(4): 1, H(12): 2}
print(d.keys() & {H(4)}, d.keys() - {H(12)}, set(d), d.keys() | s)
s.discard(H(9))
print(s, s.pop())
u = set(d)
u.update(d, [H(20)])
print(u, u.copy(), frozenset(u) - s)
