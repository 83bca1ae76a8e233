def numbers(name, n):
    try:
        for i in range(n):
            yield i
    finally:
        print(name, 'finally')


def catcher():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('catcher got GeneratorExit')
        raise
    except ValueError as e:
        print('catcher got ValueError', e)
        yield 'after ValueError'
    return 'catcher done'


def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return 'closed value'


def stubborn():
    try:
        yield 1
    finally:
        yield 2


def delegator():
    try:
        result = yield from catcher()
        print('delegated result', result)
        yield 'delegator end'
    finally:
        print('delegator finally')


def echo():
    x = yield 'ready'
    while True:
        x = yield f'got {x}'


print('-- break out of a for loop over a call')
for x in numbers('a', 5):
    if x == 1:
        break
print('after the loop')

print('-- a generator expression over it')
for x in (y * 10 for y in numbers('b', 5)):
    print(x)
    if x == 10:
        break
print('after')

print('-- return inside a loop in a function')


def first_over(limit):
    for v in numbers('c', 10):
        if v > limit:
            return v
    return None


print('first_over', first_over(2))

print('-- an exception out of the loop')
try:
    for x in numbers('d', 3):
        raise KeyError(x)
except KeyError as e:
    print('caught', repr(e))

print('-- exhausted: no GeneratorExit')
for x in numbers('e', 2):
    pass
print('-- a variable reassigned, deleted')
g = numbers('f', 3)
print(next(g))
g = numbers('g', 3)
print('reassigned')
print(next(g), next(g))
del g
print('deleted')
g = numbers('never started', 3)
g = None
print('unstarted dropped silently')

print('-- the end of a function drops its locals')


def use():
    gen = numbers('h', 4)
    print('use got', next(gen))
    print('use returns')
    return 'r'


print(use())


def make():
    gen = numbers('i', 4)
    next(gen)
    return gen


m = make()
print('returned, still open', next(m))
m.close()
print('closed explicitly')

print('-- close, throw, send')
c = catcher()
print(next(c))
print(c.throw(ValueError('v1')))
try:
    next(c)
except StopIteration as e:
    print('StopIteration value', e.value)
c = catcher()
next(c)
print('close ->', c.close())
print('close again ->', c.close())
r = returns_on_close()
next(r)
print('close returns', repr(r.close()))
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e)
s = None
t = catcher()
try:
    t.throw(ValueError('unstarted'))
except ValueError as e:
    print('thrown into an unstarted generator', e)
print(next(t, 'finished'))
t = catcher()
next(t)
try:
    t.throw(KeyError)
except KeyError as e:
    print('propagated', repr(e))
try:
    t.throw(ValueError('late'))
except ValueError as e:
    print('finished generator re-raises', e)
try:
    t.throw(3)
except TypeError as e:
    print('TypeError:', e)
e = echo()
try:
    e.send('too early')
except TypeError as err:
    print('TypeError:', err)
print(e.send(None), e.send('x'), e.send(42))
e.close()
try:
    e.send(1)
except StopIteration:
    print('StopIteration after close')

print('-- yield from passes send, throw and close on')
d = delegator()
print(next(d))
print(d.throw(ValueError('through')))
print(next(d))
d = delegator()
next(d)
d.close()
print('-- with')


def totals():
    total = 0
    try:
        while True:
            total += yield total
    except GeneratorExit:
        print('total at close', total)


tt = totals()
next(tt)
tt.send(5)
tt.send(7)
tt = 'dropped'
print('end of program')
live = numbers('global at exit', 3)
next(live)
other = numbers('second global', 3)
next(other)
