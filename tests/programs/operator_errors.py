import operator as o
import string

class Pt:
    def __init__(self):
        self.x = 1
        self.inner = self

def t(f, s):
    try:
        r = f()
        print(s, '->', repr(r))
    except Exception as e:
        print(s, '!!', type(e).__name__, e)
t(lambda: o.add(1), 'add1')
t(lambda: o.add(1, 2, x=3), 'add kw')
t(lambda: o.not_(1, 2), 'not2')
t(lambda: o.itemgetter(), 'ig0')
t(lambda: o.itemgetter(1, x=2), 'ig kw')
t(lambda: o.itemgetter(1)(), 'ig()')
t(lambda: o.itemgetter(1)([1], [2]), 'ig2')
t(lambda: o.itemgetter(1)(x=1), 'igkw')
t(lambda: o.itemgetter(5)([1]), 'ig oob')
t(lambda: o.itemgetter(1, 'a'), 'ig repr')
t(lambda: o.attrgetter(), 'ag0')
t(lambda: o.attrgetter(1), 'ag int')
t(lambda: o.attrgetter('real', 'imag.x'), 'ag repr')
t(lambda: o.attrgetter('x', 'inner.inner.x')(Pt()), 'ag call')
t(lambda: o.attrgetter('zz')(Pt()), 'ag missing')
t(lambda: o.methodcaller(), 'mc0')
t(lambda: o.methodcaller(1), 'mc int')
t(lambda: o.methodcaller('split', ',', maxsplit=1), 'mc repr')
t(lambda: o.methodcaller('split', ',', maxsplit=1)('a,b,c'), 'mc call')
t(lambda: o.methodcaller('split')(), 'mc call0')
t(lambda: o.countOf([1, 2, 1], 1), 'countOf')
t(lambda: o.indexOf([1, 2, 1], 3), 'indexOf missing')
t(lambda: o.concat([1], 2), 'concat bad')
t(lambda: o.concat('a', 'b'), 'concat')
t(lambda: o.getitem([1]), 'getitem1')
t(lambda: o.truth([]), 'truth')
t(lambda: o.is_none(None), 'is_none')
t(lambda: o.index(2.5), 'index float')
t(lambda: o.contains(1, 1), 'contains bad')
t(lambda: type(o.itemgetter(1)), 'type')
t(lambda: o.add, 'add repr')
t(lambda: o.__add__, 'dunder repr')
t(lambda: string.capwords('  hello   wORLD  '), 'capwords')
t(lambda: string.capwords('a-b-c', '-'), 'capwords sep')
t(lambda: string.capwords(1), 'capwords int')
print(repr(string.whitespace), repr(string.printable), string.punctuation, string.ascii_letters, string.hexdigits, string.octdigits, string.digits)
import heapq, operator
for f in (lambda: heapq.heapreplace([1], 1, x=1), lambda: heapq.heappushpop([1], 1, x=1), lambda: heapq.heapreplace([1]), lambda: operator.setitem([1], 0), lambda: operator.call(), lambda: operator.setitem([1],0,1,x=1), lambda: operator.delitem([1], 0, x=1)):
    try:
        f()
    except TypeError as e:
        print(e)
