def risky(kind):
    if kind == 1:
        raise ExceptionGroup('many', [ValueError('v1'), TypeError('t1'), ValueError('v2')])
    if kind == 2:
        raise KeyError('k')
    return 'fine'


for kind in [0, 1, 2]:
    try:
        print(risky(kind))
    except* ValueError as eg:
        print('values:', [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print('types:', [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print('keys:', eg.exceptions, str(eg))

eg = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b')])])
print(str(eg), len(eg.exceptions))
try:
    raise eg
except* TypeError as caught:
    print('nested type errors:', repr(caught))
except* ValueError:
    print('value error part')
try:
    try:
        raise ExceptionGroup('g', [ValueError('x'), RuntimeError('y')])
    except* ValueError:
        print('handled ValueError only')
except ExceptionGroup as rest:
    print('left over:', rest, rest.exceptions)
