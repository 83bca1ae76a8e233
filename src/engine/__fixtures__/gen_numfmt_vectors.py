"""Generates numfmt_vectors.json from CPython 3.13.

Run: python3.13 gen_numfmt_vectors.py && npx prettier --write numfmt_vectors.json
"""
import json, random, sys

assert sys.version_info[:2] == (3, 13), sys.version

def fenc(x):
    return repr(x)

def run(fn):
    try:
        return {"ok": fn()}
    except Exception as e:
        return {"err": [type(e).__name__, str(e)]}

FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1e22, 1e23, 123456789.0,
          1234567.0, 1e-7, 1e-5, 0.0001, 9.999999999999999e-05, 1e16, 1.2345678901234567e16,
          123456789012345.0, 3.141592653589793, -2.718281828459045, 1e300, 5e-324,
          2.2250738585072014e-308, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'),
          9.5, 0.05, 99.995, 1234.5, -1234.5678, 100.0, 1e100, 0.1, 0.3, 15.0, 25.0, 0.000123456,
          9999999999999998.0, 0.015, 1e21, 2**53 + 0.0, 0.9999999, 9.9999996, 1e-300, -1e-20, 12.0,
          123.0, 0.001, 5e-5, 1e15, 1e17, 4.35, 0.045, 1e-4, 314.0, 2.5e-5, -0.0001, 7.0e-10]
FLOAT_SPECS = ['', 'f', '.0f', '.1f', '.2f', '.3f', '.10f', '.20f', '.50f', '.120f', 'e', '.0e', '.2e',
               '.3E', '.20e', '.120e', 'g', '.0g', '.1g', '.2g', '.3g', '.10g', '.17g', '.25g', '.120g',
               'G', '#g', '#.3g', '#.0e', '#.0f', '#', '.0', '.1', '.3', '.10', '.17', '%', '.1%',
               '.0%', 'n', '.3n', ',', ',.2f', '_.3f', '015,.2f', '015_.2f', '+', '+.2f', ' .2f',
               '-.2f', 'z.2f', 'z', 'zg', '+z.1f', '10', '<10', '^10', '=10', '>10', '*^12.3f', '010',
               '010.3f', '-010.3f', '+010.3f', ' 010.3e', '0=12,.2f', 'x<12', '\U0001F600^11.2f', ',g',
               '020,', '1,', '.2F', 'F', 'E', '#.2e', '#10.0f', 'd', 'x', 'c', 's', 'b', '.', 'xx',
               ',_', ',c', '_x', '.2147483648f', ',n', '_n', '+#z010.2f', '\u0661\u0660', '.\u0663f']
INTS = [0, 1, -1, 5, 42, -42, 255, 1234567, -1234567, 2**31, 2**53, 2**53 + 1, -2**63, 10**20,
        10**30 + 7, 65, 0x10ffff, 0x110000, 128512, 10**400, 9999, -2**64 - 1, 123456789]
INT_SPECS = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'c', ',', '_', ',d', '_d', '_b', '_x',
             '#_x', '#010_x', '#020_b', '08,', '010,', '09,', '+', ' ', '-', '+d', ' d', '=+10',
             '010', '-010', '+010', '^10', '<10', '>10', '*<10', '0<10', '0^10', 'x^9,', 'e', '.2e',
             'f', '.2f', '%', 'g', 'G', 'E', 'F', 'n', ',n', '.2', 'z', '#c', '+c', '5c', '05c', 's',
             'xx', '#', '#10x', '=^5', '#=20X', '_o', ',x', ',b', '\x01', '\u00e9', '_c', ',.2f',
             '015_', '#015_o', '99999999999999999999', '.99999999999999999999f', '40', ',e', '.0%']
STRS = ['', 'a', 'ab', 'hello', 'h\u00e9llo', '\U0001F600x', 'abc def']
STR_SPECS = ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '05', '.2', '.0', '10.3', '>10.3s', '=5',
             '+5', ' 5', '-5', '#5', 'z5', ',', '_', ',s', 'd', '5d', 'xx', '\U0001F600<6', '0>5',
             '.10', '<0', '00', '1', '#=5', '+#5', '.', '\x01', '\u00e9']

LONG_SPECS = {'.20f', '.50f', '.120f', '.20e', '.120e', '.25g', '.120g'}
LONG_FLOATS = [0.0, -0.0, 0.1, 2.675, 1e22, 1e23, 5e-324, 1e300, 1.7976931348623157e308, 0.125,
               123456789.0, 1e-7, float('inf'), float('nan'), 1234.5, 2.2250738585072014e-308]
rows = []
for x in FLOATS:
    for s in FLOAT_SPECS:
        if s in LONG_SPECS and x not in LONG_FLOATS:
            continue
        rows.append(["float", fenc(x), s, run(lambda: format(x, s))])
for n in INTS:
    for s in INT_SPECS:
        rows.append(["int", str(n), s, run(lambda: format(n, s))])
for v in STRS:
    for s in STR_SPECS:
        rows.append(["str", v, s, run(lambda: format(v, s))])
rows.append(["bool", "True", ">5", run(lambda: format(True, '>5'))])
rows.append(["bool", "True", "xx", run(lambda: format(True, 'xx'))])
rows.append(["bool", "True", "s", run(lambda: format(True, 's'))])

# Random doubles across magnitudes, and exact binary ties, under the rounding-sensitive specs.
rnd = random.Random(20240601)
RSPECS = ['', '.0f', '.1f', '.2f', '.3f', '.5f', '.0e', '.1e', '.3e', '.6e', '.16e', '.1g', '.3g', 'g',
          '.15g', '.17g', '.2%', ',.2f']
rfloats = []
for _ in range(150):
    e = rnd.randint(-30, 30)
    rfloats.append(rnd.uniform(-1, 1) * 10.0 ** e)
for _ in range(100):
    k = rnd.randint(1, 12)
    rfloats.append(rnd.randint(-10**6, 10**6) / 2**k)  # exact binary fractions: many ties
for _ in range(30):
    rfloats.append(rnd.randint(1, 999) * 5.0 * 10 ** rnd.randint(0, 20))  # decimal ties above 1
for _ in range(20):
    rfloats.append(float.fromhex('0x1.%013xp%d' % (rnd.getrandbits(52), rnd.randint(-1074, 1023))))
for x in rfloats:
    for s in RSPECS:
        rows.append(["float", fenc(x), s, run(lambda: format(x, s))])

reprs = [[fenc(x), repr(x)] for x in FLOATS + rfloats]

rounds = []
for x in FLOATS + rfloats[:200]:
    for nd in (-400, -20, -3, -1, 0, 1, 2, 3, 5, 10, 15, 17, 300, 400):
        rounds.append([fenc(x), nd, run(lambda: repr(round(x, nd)))])
round0 = []
for x in FLOATS + rfloats[:200] + [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370497.0, 1e300]:
    round0.append([fenc(x), run(lambda: str(round(x)))])
roundints = []
for n in [0, 5, 15, 25, 35, -15, -25, 14, 16, 1234567, -1234567, 10**30 + 5 * 10**10, 2**70, -2**70, 999, 500, 1500, 2500]:
    for nd in (-1, -2, -3, -10, -40, 0, 3):
        roundints.append([str(n), nd, run(lambda: str(round(n, nd)))])

FLOAT_STRS = ["abc", " 1.5 ", "1_000.5", "inf", "-Infinity", "nan", "+nAn", "-nan", "1e3", "0x10", "1_",
              "", "1.5\x00", "\u0661.\u0665", "\u0661\u066b\u0665", "infinity_", ".5", "5.", ".", "e5",
              "1e", "1e+5", "-.5e-3", "\u3000 2", "1e1_0", "in f", "1__0", "_1", "1._5", "1_.5",
              "+1.5", "--1", "1e400", "-1e400", "1e-400", "\t\n 42 \r", "0.1", "123456789012345678901234567890",
              "2.2250738585072011e-308", "4.9e-324", "1" * 400, "\x1c5", "\x855", "iNfInItY", "+inf",
              "infinit", "nan1", "1.2.3", "1e5.5", "0_0", "00", "0e0", "'", "a'b\"", "\u00e9", "\\", "\x7f"]
ffs = [[s, run(lambda: repr(float(s)))] for s in FLOAT_STRS]

INT_STRS = ["x", " 1 ", "1_000", "0x10", "010", "\u0967\u0968\u0969", "a" * 300, "1__0", "", " ", "\t-5\n",
            "_1", "1_", "0x_1f", "0_x1f", "0b101", "0o17", "0B1_0", "0X", "00", "0_0", "0_7", "07",
            "+0", "-0", "- 5", "12345678901234567890", "-98765432109876543210", "1" * 4301,
            "1" * 4300, "z", "Z", "zz", "10", "1e5", "1.0", "\x1c5", "\x855", "\u00e9", "0x", "0o8",
            "1" * 5000 + "x", "0" * 5000 + "1"]
ifs = []
for s in INT_STRS:
    for b in ((10, 16, 7) if len(s) > 300 else (10, 0, 2, 8, 16, 36, 7)):
        ifs.append([s, b, run(lambda: str(int(s, b)))])
for b in (1, 37, -1):
    ifs.append(["1", b, run(lambda: str(int("1", b)))])

json.dump({"format": rows, "repr": reprs, "round": rounds, "round0": round0, "roundInt": roundints,
           "floatFromString": ffs, "intFromString": ifs}, open("numfmt_vectors.json", "w"),
          ensure_ascii=False, separators=(",", ":"))
print(len(rows), len(reprs), len(rounds), len(round0), len(roundints), len(ffs), len(ifs))
