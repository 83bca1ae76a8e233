from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
Job = namedtuple("Job", "name priority, retries", defaults=[0])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], p[:1], len(p), list(p))
x, y = p
print(x, y, p == (1, 2), p == Point(1, 2), Point(2, 1) < p, hash(p) == hash((1, 2)))
print(p._asdict(), p._replace(y=5), Point._fields, Job._field_defaults, Point._make([7, 8]))
print(Point, type(p).__name__, isinstance(p, tuple), isinstance(p, Point), p.count(1), p.index(2))
j = Job("build", 2)
print(j, sorted([Job("b", 1), Job("a", 2), Job("c", 1)], key=lambda j: j.priority))
d = {p: "origin-ish"}
print(d[(1, 2)], Point(*[3, 4]), Point(**{"x": 5, "y": 6}))
for make in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2),
             lambda: p._replace(z=1), lambda: Point._make([1]), lambda: namedtuple("P", "a a"),
             lambda: namedtuple("P", "_a"), lambda: namedtuple("P", "def"), lambda: namedtuple("P", "1a"),
             lambda: namedtuple("R", "a", defaults=[1, 2]), lambda: p.z]:
    try:
        make()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(namedtuple("S", "a def _b a", rename=True)._fields)
