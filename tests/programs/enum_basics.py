from enum import Enum, auto

class State(Enum):
    IDLE = 1
    RUNNING = 2
    DONE = auto()
    FINISHED = 3

    def describe(self):
        return f"{self.name}={self.value}"

    @property
    def busy(self):
        return self is State.RUNNING

print(State.IDLE, repr(State.IDLE), State['RUNNING'], State(2))
print(list(State), len(State), State.FINISHED is State.DONE)
print(f"{State.IDLE}", f"{State.IDLE:>12}|", format(State.DONE))
print(State.IDLE.describe(), State.RUNNING.busy, State.IDLE.busy)
print(1 in State, State.IDLE in State, 7 in State)
d = {State.IDLE: 'a', State.DONE: 'b'}
print(d, d[State.FINISHED])
print(State, repr(State), type(State), type(State.IDLE), isinstance(State.IDLE, Enum))
print(State.IDLE == State.IDLE, State.IDLE == 1, State.IDLE != State.DONE)
print(State.IDLE.name, State.IDLE.value, State.IDLE._name_)
for s in State:
    match s:
        case State.IDLE:
            print('idle')
        case State.RUNNING | State.DONE:
            print('other', s)
try:
    State(5)
except ValueError as e:
    print('VE', e)
try:
    State['NOPE']
except KeyError as e:
    print('KE', repr(e))
class Color(Enum):
    RED = 'red'
    GREEN = 'green'
    def __str__(self):
        return self.value.upper()
print(Color.RED, [str(c) for c in Color], Color('green'))
try:
    class More(State):
        X = 9
except TypeError as e:
    print('TE', e)
print(sorted(State, key=lambda s: s.value))
# (a set's order comes from str hashes, which differ in 32-bit Pyodide: sorted here)
print(sorted({State.DONE, State.IDLE, State.RUNNING, State.FINISHED}, key=lambda s: s.value), {Color.GREEN: 1, Color.RED: 2})
print(hash(State.IDLE) == hash(State.IDLE), State.IDLE.__class__, State.DONE._value_)
State(9)
