// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcard.h"

#include <QStringList>

using namespace Lianes;
using namespace Qt::StringLiterals;

QString VCard::escape(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        switch (c.unicode()) {
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u',':
            out += u"\\,"_s;
            break;
        case u';':
            out += u"\\;"_s;
            break;
        case u'\r':
            if (i + 1 < value.size() && value.at(i + 1) == u'\n') {
                ++i;
            }
            out += u"\\n"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString VCard::build(const ContactCard &card)
{
    QStringList lines{u"BEGIN:VCARD"_s, u"VERSION:3.0"_s};
    const QString name = escape(card.organisation);
    lines << u"N:"_s + name + u";;;;"_s << u"FN:"_s + name << u"ORG:"_s + name;
    if (!card.phone.isEmpty()) {
        lines << u"TEL;TYPE=WORK,VOICE:"_s + escape(card.phone);
    }
    if (!card.email.isEmpty()) {
        lines << u"EMAIL;TYPE=INTERNET,WORK:"_s + escape(card.email);
    }
    if (!card.website.isEmpty()) {
        lines << u"URL:"_s + escape(card.website);
    }
    if (!card.street.isEmpty() || !card.town.isEmpty()) {
        lines << u"ADR;TYPE=WORK:;;"_s + escape(card.street) + u';' + escape(card.town) + u";;"_s
                + escape(card.postcode) + u';' + escape(card.country);
    }
    lines << u"END:VCARD"_s;
    return lines.join(u"\r\n"_s) + u"\r\n"_s;
}
