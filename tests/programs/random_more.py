import random
from collections import deque

print(random.sample(range(100), 5), random.sample("abcdefgh", 3), random.sample([10, 20, 30], k=3))
print(random.sample(range(10**6), 8), random.sample(tuple("xyz"), 0), random.sample(deque([1, 2, 3, 4]), 2))
print(random.choices("abc"), random.choices(["red", "green", "blue"], k=5))
print(random.choices(range(4), weights=[1, 0, 0, 5], k=6), random.choices("ab", cum_weights=[0.5, 1.0], k=4))
print(random.choices([1, 2, 3], [0.2, 0.3, 0.5], k=3))
print(random.triangular(), random.triangular(0, 10), random.triangular(1, 5, 4), random.triangular(2, 2, 2))
for bad in [lambda: random.sample({1, 2}, 1), lambda: random.sample([1], 2), lambda: random.sample([1]),
            lambda: random.choices("ab", weights=[1], k=1), lambda: random.choices("ab", [0, 0]),
            lambda: random.choices("ab", [1, 1], cum_weights=[1, 2])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
random.seed(7)
print(random.sample(range(50), 10), random.random())
