// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qrcode.h"

#include <QQuickPaintedItem>

namespace Lianes {

/** Shows @c text as a QR code, crisp at any size (whole pixels per module), with its quiet zone. */
class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(QrCodeImage)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    /** False when the text is empty or too long for a QR code. */
    Q_PROPERTY(bool valid READ isValid NOTIFY textChanged)
    Q_PROPERTY(int modules READ modules NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    [[nodiscard]] bool isValid() const { return m_code.has_value(); }
    [[nodiscard]] int modules() const { return m_code ? m_code->size() : 0; }

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void textChanged();

private:
    QString m_text;
    std::optional<QrCode> m_code;
};

} // namespace Lianes
