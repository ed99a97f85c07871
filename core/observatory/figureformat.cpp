// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Lianes;
using namespace Qt::StringLiterals;

QString FigureFormat::number(double value, Kind kind)
{
    const QLocale locale;
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    switch (kind) {
    case Kind::Count:
        return locale.toString(qint64(std::llround(value)));
    case Kind::Hours:
        return whole ? locale.toString(qint64(std::llround(value))) : locale.toString(value, 'f', 1);
    case Kind::Euros:
        return whole ? locale.toString(qint64(std::llround(value))) : locale.toString(value, 'f', 2);
    }
    return {};
}

QString FigureFormat::format(double value, Kind kind)
{
    switch (kind) {
    case Kind::Count:
        return number(value, kind);
    case Kind::Hours:
        return QCoreApplication::translate("FigureFormat", "%1\u00a0h").arg(number(value, kind));
    case Kind::Euros:
        return QCoreApplication::translate("FigureFormat", "%1\u00a0€").arg(number(value, kind));
    }
    return {};
}
