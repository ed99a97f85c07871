// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcode.h"

#include <qrencode.h>

using namespace Lianes;

std::optional<QrCode> QrCode::encode(const QByteArray &utf8, Ecc ecc)
{
    QRecLevel level = QR_ECLEVEL_M;
    switch (ecc) {
    case Ecc::Low:
        level = QR_ECLEVEL_L;
        break;
    case Ecc::Medium:
        level = QR_ECLEVEL_M;
        break;
    case Ecc::Quartile:
        level = QR_ECLEVEL_Q;
        break;
    case Ecc::High:
        level = QR_ECLEVEL_H;
        break;
    }
    // 8-bit mode over the raw bytes: UTF-8 text (vCard, VEVENT, links) survives unchanged.
    QRcode *code = QRcode_encodeData(int(utf8.size()), reinterpret_cast<const unsigned char *>(utf8.constData()),
                                     0, level);
    if (!code) {
        return std::nullopt;
    }
    QrCode result;
    result.m_size = code->width;
    result.m_modules.resize(size_t(code->width) * size_t(code->width));
    for (size_t i = 0; i < result.m_modules.size(); ++i) {
        result.m_modules[i] = (code->data[i] & 1) != 0;
    }
    QRcode_free(code);
    return result;
}

QImage QrCode::toImage(int scale, int quietZone) const
{
    const int side = (m_size + 2 * quietZone) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y)) {
                continue;
            }
            for (int dy = 0; dy < scale; ++dy) {
                uchar *line = image.scanLine((y + quietZone) * scale + dy);
                std::fill_n(line + (x + quietZone) * scale, scale, uchar(0));
            }
        }
    }
    return image;
}
