// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hashindex.h"

#include <bit>

using namespace Lianes;

void HashIndex::grow()
{
    std::vector<Slot> old(std::max<size_t>(16, m_slots.size() * 2));
    old.swap(m_slots);
    m_shift = 64 - std::countr_zero(m_slots.size());
    m_size = 0;
    for (const Slot &slot : old) {
        if (slot.value) {
            insert(slot.key, slot.value);
        }
    }
}

void HashIndex::insert(quint64 key, qint64 value)
{
    if (value == 0) {
        return; // 0 marks a free slot: never stored (a row id 0, from a hand-made export, is not indexed)
    }
    if ((m_size + 1) * 5 > capacity() * 4) {
        grow();
    }
    const size_t mask = m_slots.size() - 1;
    size_t i = home(key);
    while (m_slots[i].value) {
        i = (i + 1) & mask;
    }
    m_slots[i] = {key, value};
    ++m_size;
}

void HashIndex::remove(quint64 key, qint64 value)
{
    if (m_slots.empty()) {
        return;
    }
    const size_t mask = m_slots.size() - 1;
    size_t hole = home(key);
    while (m_slots[hole].value && (m_slots[hole].key != key || m_slots[hole].value != value)) {
        hole = (hole + 1) & mask;
    }
    if (!m_slots[hole].value) {
        return;
    }
    // An entry after the hole moves into it unless its home lies after the hole (cyclically): a
    // search from its home would otherwise stop at the hole before reaching it.
    for (size_t i = (hole + 1) & mask; m_slots[i].value; i = (i + 1) & mask) {
        const size_t h = home(m_slots[i].key);
        const bool stays = hole < i ? (hole < h && h <= i) : (hole < h || h <= i);
        if (!stays) {
            m_slots[hole] = m_slots[i];
            hole = i;
        }
    }
    m_slots[hole] = {};
    --m_size;
}

QList<qint64> HashIndex::values(quint64 key) const
{
    QList<qint64> found;
    if (m_slots.empty()) {
        return found;
    }
    const size_t mask = m_slots.size() - 1;
    for (size_t i = home(key); m_slots[i].value; i = (i + 1) & mask) {
        if (m_slots[i].key == key) {
            found.append(m_slots[i].value);
        }
    }
    return found;
}

qint64 HashIndex::value(quint64 key) const
{
    if (m_slots.empty()) {
        return 0;
    }
    const size_t mask = m_slots.size() - 1;
    for (size_t i = home(key); m_slots[i].value; i = (i + 1) & mask) {
        if (m_slots[i].key == key) {
            return m_slots[i].value;
        }
    }
    return 0;
}
