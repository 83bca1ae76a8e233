"""CPython's own verdict on source texts: does `compile()` accept each one?

Reads a JSON list of source strings on stdin and writes a JSON list with, for each,
{"ok": bool, "kind": "SyntaxError" | ..., "msg": str, "line": int, "unassigned": [code points]}.
`unassigned` lists the code points this Python's Unicode database has not assigned, so a
caller whose own Unicode tables are newer or older can tell a version skew from a bug.
Runs under native CPython 3.13 and under Pyodide alike.
"""
import json
import sys
import unicodedata


def verdict(source):
    unassigned = sorted({ord(c) for c in source if unicodedata.category(c) == "Cn"})
    try:
        compile(source.encode("utf-8", "surrogatepass"), "prog.py", "exec", dont_inherit=True)
        return {"ok": True, "kind": "", "msg": "", "line": 0, "unassigned": unassigned}
    except (SyntaxError, ValueError) as e:
        msg = getattr(e, "msg", None) or str(e)
        # A file is "source code"; a str handed to compile() is a "source code string".
        msg = msg.replace("source code string cannot", "source code cannot")
        kind = "SyntaxError" if isinstance(e, ValueError) else type(e).__name__
        return {"ok": False, "kind": kind, "msg": msg, "line": getattr(e, "lineno", 0) or 0,
                "unassigned": unassigned}


def main():
    sources = json.loads(sys.stdin.buffer.read().decode("utf-8", "surrogatepass"))
    out = json.dumps([verdict(s) for s in sources])
    sys.stdout.buffer.write(out.encode("utf-8", "surrogatepass"))


if __name__ == "__main__":
    main()
