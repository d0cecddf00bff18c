# Prime numbers: trial division and the sieve of Eratosthenes.
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(flags[i * i::i])
    return [i for i, f in enumerate(flags) if f]
primes = sieve(200)
print(primes)
print(len(sieve(10000)), sieve(10000)[-5:])
print(all(is_prime(p) for p in primes), [n for n in range(50) if is_prime(n)] == sieve(49))
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
for n in [2, 12, 97, 360, 1001, 2 ** 20 - 1, 600851475143]:
    print(n, factorize(n))
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print(twins)
print(sum(sieve(2000)))
