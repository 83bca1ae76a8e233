import asyncio


def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)


async def main():
    attempt('attr', lambda: (1).real_part)
    attempt('none attr', lambda: None.upper())
    attempt('module attr', lambda: asyncio.no_such_thing)
    attempt('call', lambda: 5())
    attempt('index', lambda: [1, 2][7])
    attempt('key', lambda: {'a': 1}['b'])
    attempt('unpack', lambda: [a for a, b in [(1, 2, 3)]])
    attempt('int', lambda: int('4x'))
    attempt('float', lambda: float('nope'))
    attempt('div', lambda: 7 // 0)
    attempt('mod', lambda: 7.5 % 0)
    attempt('concat', lambda: 'a' + 1)
    attempt('compare', lambda: [] < 3)
    attempt('hash', lambda: {[1]: 2})
    attempt('len', lambda: len(5))
    attempt('iter', lambda: list(7))
    attempt('args', lambda: attempt())
    attempt('assert', lambda: exec_assert())
    await asyncio.sleep(0)
    print('done', 2 ** 100, -7 // 2, -7 % 2, 7.0 // -2, 1e-5, 1e16, 123456789.0 * 1e8)


def exec_assert():
    assert 1 + 1 == 3, 'arithmetic is broken'


asyncio.run(main())
