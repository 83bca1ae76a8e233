# Special methods: the protocol calls them for printing, comparing, sorting, hashing,
# len/bool, iteration, `in`, subscripts, calls, operators and `with`.


class Card:
    ORDER = "23456789TJQKA"

    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"

    def __str__(self):
        return self.rank + self.suit

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __lt__(self, other):
        return Card.ORDER.index(self.rank) < Card.ORDER.index(other.rank)

    def __hash__(self):
        return hash((self.rank, self.suit))


hand = [Card("K", "h"), Card("2", "s"), Card("T", "d"), Card("A", "c")]
print(hand)
print(*hand)
print(f"{hand[0]} {hand[0]!r} {hand[0]!s:>5}|")
print(sorted(hand), min(hand), max(hand))
print(sorted(hand, reverse=True)[0])
print(Card("K", "h") == Card("K", "h"), Card("K", "h") != Card("K", "s"), Card("K", "h") == "Kh")
print(Card("2", "s") < Card("3", "s"), Card("A", "s") > Card("3", "s"))
print(len({Card("K", "h"), Card("K", "h"), Card("2", "s")}))
seen = {Card("K", "h"): 1}
seen[Card("K", "h")] += 1
print(seen, Card("K", "h") in seen, Card("Q", "h") in seen)
print(Card("K", "h") in hand, hand.index(Card("T", "d")), hand.count(Card("A", "c")))


class OnlyEq:
    def __eq__(self, other):
        return True


try:
    hash(OnlyEq())
except TypeError as e:
    print("TypeError:", e)
try:
    {OnlyEq(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    Card("2", "s") <= Card("3", "s")
except TypeError as e:
    print("TypeError:", e)


class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __setitem__(self, i, v):
        self.cards[i] = v

    def __delitem__(self, i):
        del self.cards[i]

    def __contains__(self, card):
        print("  (contains", card, end=")\n")
        return card in self.cards

    def __call__(self, n):
        return self.cards[:n]

    def __add__(self, other):
        return Deck(self.cards + other.cards)

    def __mul__(self, n):
        return Deck(self.cards * n)

    def __rmul__(self, n):
        return self * n


deck = Deck(hand)
print(len(deck), bool(deck), bool(Deck([])), deck[0], deck[-1], deck[1:3])
deck[0] = Card("9", "h")
del deck[1]
print(deck.cards, Card("9", "h") in deck, "x" not in deck)
print(deck(2), len(deck + deck), len(deck * 2), len(3 * deck))
for c in deck:
    print("card", c)
print(list(deck), [str(c) for c in deck if c.suit != "d"])
if not Deck([]):
    print("empty deck is falsy")


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)), sum(Countdown(4)), 2 in Countdown(3))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
for i, x in enumerate(Countdown(2)):
    print(i, x)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


print(bool(Flag(True)), bool(Flag(False)), "yes" if Flag(0 == 0) else "no", Flag(False) or "fallback")


class Tag:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"<{self.name}>")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>", exc_type.__name__ if exc_type else None, exc)
        return exc_type is KeyError


with Tag("a") as up, Tag("b"):
    print("inside", up)
with Tag("c"):
    {}["missing"]
print("after the KeyError was swallowed")
try:
    with Tag("d"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


def find(items):
    for x in items:
        with Tag("loop"):
            if x == 2:
                return x * 10
            if x == 1:
                continue
            print("x", x)


print(find([0, 1, 2, 3]))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.cents + other.cents)

    __radd__ = __add__

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __repr__(self):
        return f"${self.cents / 100:.2f}"


print(Money(150) + Money(275), sum([Money(1), Money(2)]), Money(5) - Money(2), 7 + Money(3))
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) * 2
except TypeError as e:
    print("TypeError:", e)
try:
    len(Money(1))
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1)[0]
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1)()
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in Money(1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    with Money(1):
        pass
except TypeError as e:
    print("TypeError:", e)
