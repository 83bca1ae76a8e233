def check(n):
    if n < 0:
        raise ValueError(f'negative: {n}')
    if n == 0:
        raise RuntimeError
    return n


for n in [5, -1, 0]:
    try:
        r = check(n)
    except ValueError as e:
        print('ValueError', e)
    except RuntimeError as e:
        print('RuntimeError', repr(e), str(e) == '')
    else:
        print('ok', r)
    finally:
        print('finally', n)

tests = [
    lambda: undefined_name,
    lambda: {'a': 1}['b'],
    lambda: [1, 2][5],
    lambda: 1 / 0,
    lambda: 'a' + 1,
    lambda: 1 + 'a',
    lambda: int('abc'),
    lambda: None.foo,
    lambda: len(5),
    lambda: (1, 2).x,
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: 'abc'.index('z'),
    lambda: float('x'),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ':', e)
try:
    try:
        raise KeyError('inner')
    except KeyError as e:
        raise ValueError('outer') from e
except ValueError as e:
    print(e, '<-', repr(e.__cause__))
try:
    assert 1 + 1 == 3, 'math is broken'
except AssertionError as e:
    print('AssertionError:', e)
