total = 0


def add(n):
    global total
    total += n
    return total


def make_counter(start=0, step=1):
    count = start

    def bump():
        nonlocal count
        count += step
        return count
    return bump


def describe(a, b=2, *args, c=3, **kwargs):
    return f'a={a} b={b} args={args} c={c} kwargs={kwargs}'


add(5)
add(7)
print('total', total)
c1 = make_counter()
c2 = make_counter(10, step=5)
print(c1(), c1(), c2(), c1(), c2())
print(describe(1))
print(describe(1, 9, 8, 7, c=0, d=4))
print(describe(*[1, 2, 3], **{'c': 'x', 'e': 'y'}))
double = lambda x: x * 2
compose = lambda f, g: lambda x: f(g(x))
print(double(21), compose(double, lambda x: x + 1)(4))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda: i for i in range(3)]
print([f() for f in late])


def defaults(x, acc=[]):
    acc.append(x)
    return acc


print(defaults(1), defaults(2), defaults(3, []))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
