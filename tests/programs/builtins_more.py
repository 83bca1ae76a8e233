s = slice(1, 8, 2)
print(s, slice(3), s.start, s.stop, s.step, s.indices(5), slice(None, None, -1).indices(4))
print(list(range(10))[s], "abcdefgh"[slice(2, None)], [1, 2, 3][slice(-2, None)], s == slice(1, 8, 2))
print(ascii("café ☕ 𝄞"), ascii(["é", 1]), ascii("plain"), repr("é"))
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), {}.fromkeys(range(3), []))
for bad in [lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: dict.fromkeys(), lambda: ascii(),
            lambda: slice(1).indices(-1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
errors = [ConnectionError, ConnectionResetError, ConnectionRefusedError, BrokenPipeError, FileNotFoundError,
          PermissionError, TimeoutError, NotImplementedError, LookupError, EOFError, MemoryError,
          UserWarning, DeprecationWarning, RuntimeWarning, UnicodeError, BufferError, IOError, EnvironmentError]
for cls in errors:
    try:
        raise cls("boom")
    except OSError as e:
        print("OSError family:", type(e).__name__, e, isinstance(e, ConnectionError))
    except LookupError as e:
        print("lookup:", repr(e))
    except Warning as e:
        print("warning:", type(e).__name__, isinstance(e, Exception))
    except ValueError as e:
        print("value:", type(e).__name__, e.args)
    except Exception as e:
        print("other:", type(e).__name__, e)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(TabError, SyntaxError), IOError is OSError)
print(SyntaxError("bad").msg, SyntaxError("bad").lineno, issubclass(UnicodeDecodeError, ValueError))
raise NotImplementedError("todo")
