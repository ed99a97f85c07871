// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcodeitem.h"

#include <QPainter>

using namespace Lianes;

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
}

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    m_code = text.isEmpty() ? std::nullopt : QrCode::encode(text.toUtf8());
    setImplicitSize(m_code ? (m_code->size() + 8) * 4 : 0, m_code ? (m_code->size() + 8) * 4 : 0);
    update();
    Q_EMIT textChanged();
}

void QrCodeItem::paint(QPainter *painter)
{
    const int side = int(std::min(width(), height()));
    painter->fillRect(QRectF(0, 0, width(), height()), Qt::white);
    if (!m_code || side <= 0) {
        return;
    }
    const int total = m_code->size() + 8; // 4 modules of quiet zone on each side
    const int scale = std::max(1, side / total);
    const int offsetX = (int(width()) - total * scale) / 2 + 4 * scale;
    const int offsetY = (int(height()) - total * scale) / 2 + 4 * scale;
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::black);
    for (int y = 0; y < m_code->size(); ++y) {
        for (int x = 0; x < m_code->size(); ++x) {
            if (m_code->isDark(x, y)) {
                painter->drawRect(offsetX + x * scale, offsetY + y * scale, scale, scale);
            }
        }
    }
}
