# Custom exception classes (args, str/repr, __init__ with super(), catching by class,
# except* and ExceptionGroup) and the errors CPython gives for misused classes.


class AppError(Exception):
    pass


class HttpError(AppError):
    def __init__(self, status, reason="unknown"):
        super().__init__(f"{status} {reason}")
        self.status = status


class Timeout(HttpError, TimeoutError):
    def __str__(self):
        return f"timed out ({self.status})"


class Quiet(ValueError):
    def __init__(self, code):
        self.code = code


for exc in [AppError("plain"), AppError(), AppError("a", 2), HttpError(404, "not found"), Timeout(504), Quiet(7)]:
    print(type(exc).__name__, repr(exc), str(exc), exc.args)

try:
    raise HttpError(500)
except AppError as e:
    print("caught", type(e).__name__, e, e.status, isinstance(e, Exception))

try:
    raise Timeout(408)
except TimeoutError as e:
    print("caught as TimeoutError:", e, [c.__name__ for c in type(e).__mro__])

try:
    raise AppError
except AppError as e:
    print("class raised:", repr(e))

try:
    try:
        raise Quiet(3)
    except ValueError as e:
        raise AppError("wrapped") from e
except AppError as e:
    print(e, "from", repr(e.__cause__), e.__cause__.code)

try:
    raise ExceptionGroup("many", [HttpError(1), Quiet(2), AppError("x")])
except* HttpError as g:
    print("http:", g.exceptions)
except* AppError as g:
    print("app:", g.exceptions)
except* ValueError as g:
    print("value:", g.exceptions)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Empty:
    pass


class BadInit:
    def __init__(self):
        return 5


def attempt(f):
    try:
        f()
    except (TypeError, AttributeError, NameError, RuntimeError) as e:
        print(f"{type(e).__name__}: {e}")


attempt(lambda: Point(1))
attempt(lambda: Point(1, 2, 3))
attempt(lambda: Point(1, y=2, z=3))
attempt(lambda: Empty(1))
attempt(lambda: BadInit())
attempt(lambda: Point(1, 2).z)
attempt(lambda: Point.z)
attempt(lambda: Empty().method())
attempt(lambda: super())


def make_conflict():
    class A:
        pass

    class B(A):
        pass

    class C(A, B):
        pass


attempt(make_conflict)


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount


class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.short = amount - balance


acct = Account(10)
acct.withdraw(3)
try:
    acct.withdraw(50)
except InsufficientFunds as e:
    print(e, e.args, e.short)
acct.withdraw(100)
