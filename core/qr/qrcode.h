// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>

#include <optional>
#include <vector>

namespace Lianes {

/** A QR code symbol (libqrencode): the module matrix of some UTF-8 text. */
class QrCode
{
public:
    enum class Ecc { Low, Medium, Quartile, High };

    /** Encodes @p utf8 in byte mode; nullopt when the text is too long for a QR code. */
    [[nodiscard]] static std::optional<QrCode> encode(const QByteArray &utf8, Ecc ecc = Ecc::Medium);

    /** Modules per side (without the quiet zone). */
    [[nodiscard]] int size() const { return m_size; }
    [[nodiscard]] bool isDark(int x, int y) const { return m_modules[size_t(y) * size_t(m_size) + size_t(x)]; }
    /** Black on white, @p scale pixels per module, @p quietZone modules of margin (4 by the standard). */
    [[nodiscard]] QImage toImage(int scale, int quietZone = 4) const;

private:
    int m_size = 0;
    std::vector<bool> m_modules;
};

} // namespace Lianes
