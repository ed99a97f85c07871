// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>

/** The pseudo-random sequence of CPython's `random.Random(seed)` (MT19937 seeded by
 *  init_by_array), for the parts the benchmark generators use. Benchmarks only. */
class PyRandom
{
public:
    explicit PyRandom(std::uint32_t seed);
    /** random.random(): 53 random bits in [0, 1). */
    double random();
    /** random.uniform(a, b). */
    double uniform(double a, double b) { return a + (b - a) * random(); }
    /** random.randrange(n) / choice(): uniform in [0, n), by rejection on getrandbits(bit_length(n)). */
    std::uint32_t below(std::uint32_t n);
    /** random.randint(a, b). */
    int randint(int a, int b) { return a + int(below(std::uint32_t(b - a + 1))); }

private:
    std::uint32_t next();
    std::array<std::uint32_t, 624> m_state {};
    int m_index = 625;
};
