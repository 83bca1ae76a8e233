# Classes: attributes, inheritance, super(), the MRO, property, classmethod, staticmethod,
# isinstance/issubclass/type, getattr and friends.


class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    @classmethod
    def create(cls, name):
        return cls(name)

    @staticmethod
    def describe(x):
        return f"<{x}>"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []

    def speak(self):
        return super().speak() + "!"

    def learn(self, trick):
        self.tricks.append(trick)
        return self


class Puppy(Dog):
    def speak(self):
        return "tiny " + super().speak()


a = Animal("generic")
d = Dog("rex")
p = Puppy.create("bit")
print(a.speak(), d.speak(), p.speak(), sep=" | ")
print(a, d, p, [a, d], {"p": p}, (d,))
print(a.kind, d.kind, p.kind, Animal.kind, Animal.count, d.count)
d.kind = "good dog"
print(d.kind, Dog.kind, p.kind)
print(d.learn("sit").learn("roll").tricks)
print(Animal.describe(3), d.describe("s"), Dog.create("z"))
print(isinstance(p, Animal), isinstance(a, Dog), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(type(p) is Puppy, type(p).__name__, p.__class__.__name__, Puppy.__qualname__)
print(Puppy.__mro__)
print(Puppy.__bases__, Animal.__bases__, Animal.__module__)
print(d.speak, Dog.speak.__qualname__, Animal.create)
print(getattr(d, "name"), getattr(d, "missing", "default"), hasattr(d, "tricks"), hasattr(d, "x"))
setattr(d, "age", 3)
print(d.age)
delattr(d, "age")
print(hasattr(d, "age"))
del d.tricks
print(hasattr(d, "tricks"))


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("error:", e)


# Diamond: C3 order
class Base:
    def who(self):
        return ["Base"]


class Left(Base):
    def who(self):
        return ["Left"] + super().who()


class Right(Base):
    def who(self):
        return ["Right"] + super().who()


class Bottom(Left, Right):
    def who(self):
        return ["Bottom"] + super().who()


print(Bottom().who())
print([c.__name__ for c in Bottom.__mro__])


class Counter:
    total = 0

    def __init__(self):
        self.n = 0

    def tick(self):
        self.n += 1
        Counter.total += 1
        return self.n


c1, c2 = Counter(), Counter()
c1.tick()
c1.tick()
c2.tick()
print(c1.n, c2.n, Counter.total, c1.total)
m = c1.tick
print(m(), m.__self__ is c1, m.__func__ is Counter.tick, m == c1.tick)


def outer():
    class Local:
        def hello(self):
            return "hi from " + type(self).__qualname__

    return Local()


print(outer().hello())


class Config:
    debug = False
    level = debug and 1 or 2
    names = [n.upper() for n in ("a", "b")]


print(Config.level, Config.names)
