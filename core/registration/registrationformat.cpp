// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrationformat.h"

#include <QCoreApplication>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

/// Translation context of these messages: AgendaFormat, where they were first written (the
/// translations keep it).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AgendaFormat)
};

} // namespace

QString RegistrationFormat::places(const RegistrationCounts &counts)
{
    const auto left = counts.remaining();
    if (!left) {
        return Tr::tr("Places illimitées");
    }
    if (*left == 0) {
        return Tr::tr("Complet : inscription sur liste d'attente");
    }
    if (*left == 1) {
        return Tr::tr("Dernière place");
    }
    return Tr::tr("%1 places restantes sur %2").arg(*left).arg(*counts.capacity);
}

QString RegistrationFormat::staffCounts(const RegistrationCounts &counts)
{
    return Tr::tr("%1 inscrit·es · %2 en attente · %3 présent·es · %4 annulé·es")
        .arg(counts.confirmed)
        .arg(counts.waiting)
        .arg(counts.present)
        .arg(counts.cancelled);
}
