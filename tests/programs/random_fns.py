import random

print(random.random())
print(random.randint(1, 6), random.randint(1, 6), random.randint(-5, 5))
print(random.randrange(10), random.randrange(0, 100, 5), random.randrange(1, 3))
print(random.uniform(1, 2))
print(random.choice('abcdef'), random.choice([10, 20, 30]))
deck = list(range(10))
random.shuffle(deck)
print(deck)
random.seed(123)
first = [random.randint(1, 100) for _ in range(5)]
random.seed(123)
second = [random.randint(1, 100) for _ in range(5)]
print(first, first == second)
print([random.randrange(1000000) for _ in range(3)])
print(random.randint(0, 2 ** 40))
print([round(random.random(), 4) for _ in range(3)])
random.seed(7)
print(random.choice(['rock', 'paper', 'scissors']), random.random())
