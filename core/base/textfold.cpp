// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfold.h"

using namespace Lianes;
using namespace Qt::StringLiterals;

QString TextFold::fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    auto append = [&](QChar c) {
        if (pendingSpace && !out.isEmpty()) {
            out.append(u' ');
        }
        pendingSpace = false;
        out.append(c);
    };
    for (QChar c : text) {
        const char16_t u = c.unicode();
        // Fast path for ASCII letters and digits.
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            append(c);
            continue;
        }
        if (u >= u'A' && u <= u'Z') {
            append(QChar(char16_t(u + 32)));
            continue;
        }
        switch (u) {
        case u'œ':
        case u'Œ':
            append(u'o');
            out.append(u'e');
            continue;
        case u'æ':
        case u'Æ':
            append(u'a');
            out.append(u'e');
            continue;
        case u'ß':
            append(u's');
            out.append(u's');
            continue;
        default:
            break;
        }
        if (c.isLetterOrNumber()) {
            const QString decomposed = c.decomposition().isEmpty() ? QString(c) : c.decomposition();
            for (QChar d : decomposed) {
                if (d.isLetterOrNumber()) {
                    append(d.toLower());
                }
            }
            continue;
        }
        if (c.isMark()) {
            continue; // combining accents of already decomposed input
        }
        pendingSpace = true; // spaces, hyphens, apostrophes, punctuation
    }
    return out;
}

QStringList TextFold::words(QStringView text)
{
    return fold(text).split(u' ', Qt::SkipEmptyParts);
}

QString TextFold::placeKey(QStringView text)
{
    QStringList parts = words(text);
    for (QString &w : parts) {
        if (w == "st"_L1) {
            w = u"saint"_s;
        } else if (w == "ste"_L1) {
            w = u"sainte"_s;
        }
    }
    return parts.join(u' ');
}
