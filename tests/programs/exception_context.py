import asyncio


def show(tag, e):
    c = e.__context__
    print(tag, repr(e), 'context', repr(c), 'cause', repr(e.__cause__), e.__suppress_context__)
    if c is not None:
        print('  and', repr(c.__context__))


def in_finally():
    try:
        try:
            raise KeyError('a')
        finally:
            raise ValueError('in finally')
    except ValueError as e:
        show('finally', e)


def finally_no_exc():
    try:
        try:
            pass
        finally:
            raise ValueError('plain finally')
    except ValueError as e:
        show('finally, nothing in flight', e)


def bare_raise_in_finally():
    try:
        try:
            raise KeyError('b')
        finally:
            print('finally runs')
    except KeyError as e:
        show('reraised', e)


def helper():
    try:
        raise IndexError('inner')
    except IndexError:
        raise TypeError('from helper')


def callee_raises():
    raise OSError('callee')


def in_except():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            callee_raises()
    except OSError as e:
        show('callee in except', e)
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            helper()
    except TypeError as e:
        show('helper in except', e)


def from_none():
    try:
        try:
            {}['k']
        except KeyError:
            raise AttributeError('x') from None
    except AttributeError as e:
        show('from None', e)


def self_raise():
    try:
        try:
            raise ValueError('same')
        except ValueError as e:
            raise e
    except ValueError as e:
        show('same again', e)


def nested_handlers():
    try:
        try:
            raise KeyError(1)
        except KeyError:
            try:
                raise ValueError(2)
            except ValueError:
                raise TypeError(3)
    except TypeError as e:
        show('nested', e)


def finally_in_except():
    try:
        try:
            raise KeyError('k1')
        except KeyError:
            try:
                pass
            finally:
                raise ValueError('f1')
    except ValueError as e:
        show('finally inside except', e)


def finally_return_discards():
    def f():
        try:
            raise KeyError('lost')
        finally:
            return 'returned'
    print(f())


class CM:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        raise RuntimeError('in exit')


def with_exit():
    try:
        with CM():
            raise KeyError('body')
    except RuntimeError as e:
        show('__exit__', e)


def overwritten():
    e1 = KeyError('e1')
    try:
        try:
            raise ValueError('first')
        except ValueError:
            raise e1
    except KeyError:
        pass
    show('e1 once', e1)
    try:
        try:
            raise TypeError('second')
        except TypeError:
            raise e1
    except KeyError as e:
        show('e1 again', e)


def no_cycle():
    try:
        try:
            raise KeyError('a')
        except KeyError as a:
            try:
                raise ValueError('b')
            except ValueError as b:
                a.__context__ = b
                raise a
    except KeyError as e:
        show('no cycle', e)
        print('  b context', repr(e.__context__.__context__))


class ACM:
    async def __aenter__(self):
        return self

    async def __aexit__(self, t, v, tb):
        await asyncio.sleep(0)
        raise RuntimeError('in aexit')


async def inner_raises():
    await asyncio.sleep(0)
    raise LookupError('inner')


async def coro_fail():
    await asyncio.sleep(0)
    raise ValueError('coro')


async def main():
    in_finally()
    finally_no_exc()
    bare_raise_in_finally()
    in_except()
    from_none()
    self_raise()
    nested_handlers()
    finally_in_except()
    finally_return_discards()
    with_exit()
    try:
        try:
            await coro_fail()
        except ValueError:
            await asyncio.sleep(0)
            raise KeyError('after await')
    except KeyError as e:
        show('async', e)
    try:
        try:
            await coro_fail()
        finally:
            await asyncio.sleep(0)
            raise KeyError('finally after await')
    except KeyError as e:
        show('async finally', e)
    overwritten()
    no_cycle()
    try:
        async with ACM():
            raise KeyError('async body')
    except RuntimeError as e:
        show('__aexit__', e)
    try:
        try:
            raise KeyError('outer coro')
        except KeyError:
            await inner_raises()
    except LookupError as e:
        show('awaited in except', e)
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    except TimeoutError as e:
        show('timeout', e)
    # A fresh step: the one the timeout resumed ran inside the pure-Python Task's
    # __wakeup handler, whose exception CPython's tracer would chain to later raises.
    await asyncio.sleep(0)
    t = asyncio.create_task(coro_fail())
    try:
        try:
            raise KeyError('outer')
        except KeyError:
            await t
    except ValueError as e:
        show('awaited task', e)
    try:
        raise KeyError('end')
    finally:
        raise ValueError('uncaught in finally')


asyncio.run(main())
