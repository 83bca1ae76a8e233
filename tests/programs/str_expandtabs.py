# str.expandtabs as CPython's: columns per tab stop, restarting after \n and \r, any tab size.
import asyncio

rows = [("name", "qty", "price"), ("apple", 3, 0.5), ("kiwi", 12, 0.25)]
for row in rows:
    print(repr("\t".join(str(c) for c in row).expandtabs(8)))
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tb".expandtabs(tabsize=4)))
print(repr("x\ty\nab\tc\rq\tz".expandtabs(3)), repr("\t\t".expandtabs(1)))
print(repr("a\tb".expandtabs(0)), repr("a\tb".expandtabs(-5)), repr("no tabs".expandtabs(2)))
print(repr("é\tß\t😀\tx".expandtabs(4)), repr("".expandtabs()), repr("a\tb".expandtabs(True)))
for bad in ("x", None, 2.0, 10**20, -(2**40)):
    try:
        "a\tb".expandtabs(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    "a".expandtabs(1, 2)
except TypeError as e:
    print(e)


async def main():
    for i in range(3):
        await asyncio.sleep(0.1)
        print(f"t{i}\t{i * 10}\tdone".expandtabs(6))


asyncio.run(main())
