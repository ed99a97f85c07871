// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <vector>

namespace Lianes {

/** A multimap from 64-bit keys (hashes, row ids) to non-zero 64-bit values (row ids, line numbers)
 *  in one flat array: 16 bytes an entry at most 4/5 full, no allocation per entry (a QMultiHash
 *  takes about 50 bytes an entry, a QHash keyed by a short string about 85). Open addressing with
 *  linear probing; removal shifts the entries after the hole back. */
class HashIndex
{
public:
    /** Adds (@p key, @p value); a value 0 is not stored. */
    void insert(quint64 key, qint64 value);
    /** Removes the entry (@p key, @p value), if there is one. */
    void remove(quint64 key, qint64 value);
    /** The values under @p key, in no particular order. */
    [[nodiscard]] QList<qint64> values(quint64 key) const;
    /** A value under @p key, 0 if none: for keys that have one value at most. */
    [[nodiscard]] qint64 value(quint64 key) const;
    [[nodiscard]] qsizetype size() const { return m_size; }
    /** Slots allocated (16 bytes each). */
    [[nodiscard]] qsizetype capacity() const { return qsizetype(m_slots.size()); }

private:
    struct Slot {
        quint64 key = 0;
        qint64 value = 0; ///< 0: free
    };
    /// Fibonacci hashing: the high bits of key × 2^64/φ, so that row ids, consecutive, spread too.
    [[nodiscard]] size_t home(quint64 key) const { return size_t((key * 0x9E3779B97F4A7C15ULL) >> m_shift); }
    void grow();

    std::vector<Slot> m_slots; ///< a power of two long, or empty
    int m_shift = 63;
    qsizetype m_size = 0;
};

} // namespace Lianes
