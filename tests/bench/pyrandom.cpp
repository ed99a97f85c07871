// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pyrandom.h"

#include <bit>

namespace {
constexpr int N = 624;
constexpr int M = 397;
}

PyRandom::PyRandom(std::uint32_t seed)
{
    // init_genrand(19650218) then init_by_array({seed}), as CPython seeds from a small int.
    m_state[0] = 19650218U;
    for (int i = 1; i < N; ++i) {
        m_state[i] = 1812433253U * (m_state[i - 1] ^ (m_state[i - 1] >> 30)) + std::uint32_t(i);
    }
    const std::uint32_t key[1] = {seed};
    const int keyLength = 1;
    int i = 1;
    int j = 0;
    for (int k = N; k > 0; --k) {
        m_state[i] = (m_state[i] ^ ((m_state[i - 1] ^ (m_state[i - 1] >> 30)) * 1664525U)) + key[j] + std::uint32_t(j);
        ++i;
        ++j;
        if (i >= N) {
            m_state[0] = m_state[N - 1];
            i = 1;
        }
        if (j >= keyLength) {
            j = 0;
        }
    }
    for (int k = N - 1; k > 0; --k) {
        m_state[i] = (m_state[i] ^ ((m_state[i - 1] ^ (m_state[i - 1] >> 30)) * 1566083941U)) - std::uint32_t(i);
        ++i;
        if (i >= N) {
            m_state[0] = m_state[N - 1];
            i = 1;
        }
    }
    m_state[0] = 0x80000000U;
    m_index = N;
}

std::uint32_t PyRandom::next()
{
    if (m_index >= N) {
        for (int k = 0; k < N; ++k) {
            const std::uint32_t y = (m_state[k] & 0x80000000U) | (m_state[(k + 1) % N] & 0x7fffffffU);
            m_state[k] = m_state[(k + M) % N] ^ (y >> 1) ^ ((y & 1U) ? 0x9908b0dfU : 0U);
        }
        m_index = 0;
    }
    std::uint32_t y = m_state[m_index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

double PyRandom::random()
{
    const std::uint32_t a = next() >> 5;
    const std::uint32_t b = next() >> 6;
    return (double(a) * 67108864.0 + double(b)) * (1.0 / 9007199254740992.0);
}

std::uint32_t PyRandom::below(std::uint32_t n)
{
    const int bits = std::bit_width(n);
    std::uint32_t r = next() >> (32 - bits);
    while (r >= n) {
        r = next() >> (32 - bits);
    }
    return r;
}
