name = 'Ada'
n = 42
pi = 3.14159
items = ['x', 'y']
print(f'Hello, {name}!')
print(f'{name!r} {name!s} {items!r}')
print(f'{n + 1} {n * 2} {n // 5} {n % 5}')
print(f'{pi:.2f} {pi:8.3f}|{pi:<8.1f}|{n:>5}|{n:^7}|')
print(f'{n=} {pi=:.1f} {name = }')
print(f"{'quoted'} {len(items)} {items[0]}")
print(f'{{braces}} {n:05d} {n:x} {n:X} {n:o} {n:b}')
print(f'{1/3:.3%} {1234567.891:,.2f} {1234567:_d}')
print(f'{"nested " + name:>15}')
w = 10
p = 3
print(f'{pi:{w}.{p}f}|')
print(f'{True} {None} {[1, 2]} {(1,)} {dict(a=1)}')
print(f'{n if n > 40 else -n}')
print(f'{"a":*^9}', f'{-n:+d}', f'{n:+d}', f'{n: d}')
print(f'{3.0} {2.5e-7} {1e16} {float("inf")}')
