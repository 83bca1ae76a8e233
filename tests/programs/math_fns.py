import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(10**20), math.isqrt(10**20 + 1))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-3.9), math.floor(7))
print(math.floor(1e300) == 10**300, type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.copysign(2, -0.0), math.copysign(-2, 1), math.fmod(7.5, 2), math.fmod(-7, 3))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6, 10), math.lcm(4, 6), math.lcm(), math.lcm(4, 0))
print(math.factorial(0), math.factorial(25), math.comb(10, 3), math.comb(3, 5), math.perm(5, 2), math.perm(4))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
print(math.prod([1, 2, 3, 4]), math.prod([0.5, 4]), math.prod([2, 3], start=10), math.prod([]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isfinite(1.5), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.degrees(math.pi), math.radians(180), math.modf(2.5), math.modf(-0.75))
for bad in [lambda: math.sqrt(-1), lambda: math.factorial(-1), lambda: math.floor(math.inf),
            lambda: math.floor(math.nan), lambda: math.sqrt('x'), lambda: math.fmod(1, 0),
            lambda: math.isqrt(-4), lambda: math.comb(-1, 2), lambda: math.factorial(2.0),
            lambda: math.fsum([math.inf, -math.inf]), lambda: math.isclose(1, 2, rel_tol=-1),
            lambda: math.sqrt(), lambda: math.copysign(1)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
