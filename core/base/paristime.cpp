// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paristime.h"

using namespace Lianes;

const QTimeZone &ParisTime::zone()
{
    static const QTimeZone paris("Europe/Paris");
    return paris;
}

QDateTime ParisTime::fromLocalIso(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime) {
        dt = QDateTime(dt.date(), dt.time(), zone());
    }
    return dt;
}

QDateTime ParisTime::toParis(const QDateTime &dt)
{
    return dt.toTimeZone(zone());
}

QString ParisTime::toUtcIso(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

QDateTime ParisTime::fromUtcIso(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    dt.setTimeZone(QTimeZone::UTC);
    return dt;
}
