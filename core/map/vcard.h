// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lianes {

/** The public contact of an organisation, as a visitor takes it away. */
struct ContactCard {
    QString organisation;
    QString phone;
    QString email;
    QString website;
    QString street;
    QString town;
    QString postcode;
    QString country;
    [[nodiscard]] bool isEmpty() const { return phone.isEmpty() && email.isEmpty() && website.isEmpty(); }
};

namespace VCard {
/** A vCard 3.0 (RFC 2426) of an organisation: CRLF lines, text values escaped. Phones read it
 *  from a QR code and offer to add the contact. */
[[nodiscard]] QString build(const ContactCard &card);
/** Escapes a text value: backslash, comma, semicolon, line breaks. */
[[nodiscard]] QString escape(const QString &value);
}

} // namespace Lianes
