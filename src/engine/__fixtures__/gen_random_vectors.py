"""Generates random_vectors.json from CPython 3.13.

Run: python3.13 gen_random_vectors.py && npx prettier --write random_vectors.json
"""
import random, json, hashlib
def enc(v):
    if isinstance(v, int) and not isinstance(v, bool):
        return {"int": str(v)}
    return v
seeds = [0, 1, 42, 2**32+5, -7, 12345678901234567890, 'hello', '', 2**64, 2**53-1, 'héllo wörld 😀', 'a'*200, 1.5, -2.5, 7.0, -7.0, 1e300, float('inf')]
cases = []
for s in seeds:
    r = random.Random()
    r.seed(s)
    c = {"seed": enc(s) if not isinstance(s, float) else {"float": repr(s)}}
    c["random"] = [r.random() for _ in range(10)]
    c["randint_1_10"] = [r.randint(1, 10) for _ in range(20)]
    c["randrange_0_1000_7"] = [r.randrange(0, 1000, 7) for _ in range(10)]
    c["randrange_1e20"] = [str(r.randrange(10**20)) for _ in range(3)]
    c["getrandbits"] = [[k, str(r.getrandbits(k))] for k in (1, 31, 32, 33, 64, 100, 0, 53, 54, 96, 1000)]
    c["uniform"] = [r.uniform(2.5, 7.5) for _ in range(3)]
    l = list(range(20)); r.shuffle(l); c["shuffle20"] = l
    seq = list("abcdefg"); c["choice7"] = [seq.index(r.choice(seq)) for _ in range(10)]
    c["randrange_misc"] = [str(r.randrange(-5, 5)), str(r.randrange(10, 1, -3)), str(r.randrange(2**40)), str(r.randrange(-2**60, 2**60, 3)), str(r.randrange(2**32)), str(r.randrange(2**32+1)), str(r.randrange(2**53-1)), str(r.randint(-10**30, 10**30)), str(r.randrange(1, 2**53, 2**50))]
    c["sample"] = [r.sample(range(10), 5), r.sample(range(1000), 10), r.sample(range(100), 100)[:10]]
    c["randbelow_big"] = [str(r._randbelow(2**53)), str(r._randbelow(2**53+1)), str(r._randbelow(3**50))]
    cases.append(c)
errors = []
r = random.Random(0)
for call in ["r.randrange(5,5)", "r.randint(3,1)", "r.randrange(0,10,0)", "r.choice([])", "r.randrange(0)", "r.randrange(-3)", "r.randrange(10, None, 2)", "r.randrange(1,10,-1)", "r.randrange(10,10,1)", "r.getrandbits(-1)", "r.sample(range(5), 6)", "r.randrange(10**20, 5)", "r.randrange(5, 1, 2)"]:
    try: eval(call); errors.append([call, None, None])
    except Exception as e: errors.append([call, type(e).__name__, str(e)])
sha = [[s.hex(), hashlib.sha512(s).hexdigest()] for s in [b'', b'abc', b'a'*111, b'a'*112, b'a'*127, b'a'*128, b'a'*300, bytes(range(256))]]
json.dump({"cases": cases, "errors": errors, "sha512": sha}, open("random_vectors.json", "w"), indent=1)
