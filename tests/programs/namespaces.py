import asyncio

LIMIT = 3


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def errors():
    for args in [(1,), ([1],), ('s',), ({},), (1.5,), (None,), (1, 2)]:
        try:
            vars(*args)
        except TypeError as e:
            print('vars', args, 'TypeError', e)
    for f in [globals, locals]:
        try:
            f(1)
        except TypeError as e:
            print(f.__name__, 'TypeError', e)
    try:
        vars(x=1)
    except TypeError as e:
        print('vars kw', e)


async def worker(p, n):
    d = vars(p)
    for i in range(n):
        d['x'] = d['x'] + 1
        await asyncio.sleep(0.1)
    print('worker', p.x, d, p.__dict__ is d, vars(p) is d)
    return p.norm1()


async def main():
    p = Point(1, -2)
    d = vars(p)
    print(d, d is p.__dict__, type(d).__name__)
    p.z = 5
    print(d, len(d), list(d), 'z' in d, d.get('q', 'none'))
    d['w'] = 'new'
    print(p.w, sorted(d.items()))
    del d['z']
    print(hasattr(p, 'z'), d)
    d.update(x=10, k=[1])
    print(p.x, p.k, d.pop('k'), hasattr(p, 'k'))
    print(d == {'x': 10, 'y': -2, 'w': 'new'}, dict(d), {**d})
    print(await asyncio.gather(worker(p, 2), worker(Point(0, 0), LIMIT)))
    g = globals()
    print(g['LIMIT'], 'LIMIT' in g, 'nothing' in g, g.get('nothing'), g['__name__'])
    g['LIMIT'] = 7
    print(LIMIT)
    g['fresh'] = 'made by globals()'
    print(fresh)
    del g['fresh']
    try:
        print(fresh)
    except NameError as e:
        print('NameError', e)
    print(globals() is g, g['Point'] is Point)
    errors()


print(locals()['LIMIT'], vars()['LIMIT'], locals() is globals())
asyncio.run(main())
