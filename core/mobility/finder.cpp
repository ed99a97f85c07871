// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "finder.h"

#include "programmecatalogue.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
/// Translation context of these messages (one struct, so that lupdate finds the context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Finder)
};

FinderReason pass(const QString &text)
{
    return {FinderReason::Pass, text};
}
FinderReason failed(const QString &text)
{
    return {FinderReason::Fail, text};
}
FinderReason unknown(const QString &what)
{
    return {FinderReason::Unknown, Tr::tr("%1 : à vérifier").arg(what)};
}

/** "du volontariat", "un échange": the kind as the object of "c'est …". */
QString kindPhrase(const QString &code)
{
    if (code == "volontariat"_L1) return Tr::tr("du volontariat");
    if (code == "echange"_L1) return Tr::tr("un échange");
    if (code == "etudes"_L1) return Tr::tr("des études");
    if (code == "stage"_L1) return Tr::tr("un stage");
    if (code == "travail"_L1) return Tr::tr("du travail");
    return Tr::tr("un projet solidaire");
}

QString labels(const QStringList &codes, QString (*label)(const QString &), bool lower = true)
{
    QStringList names;
    for (const QString &code : codes) {
        names.append(lower ? label(code).toLower() : label(code));
    }
    return names.join(u", "_s);
}
} // namespace

QString FinderReason::line() const
{
    const QString mark = status == Pass ? u"✓"_s : status == Fail ? u"✗"_s : u"?"_s;
    return mark + u' ' + text;
}

Bounds Finder::durationWish(const QString &code)
{
    if (code == "court"_L1) return {0, 30};
    if (code == "moyen"_L1) return {30, 180};
    if (code == "long"_L1) return {180, 360};
    if (code == "tres_long"_L1) return {360, std::nullopt};
    return {};
}

FinderReason Finder::age(const Programme &p, int age)
{
    if (p.age.unknown()) {
        return unknown(Tr::tr("âge"));
    }
    const QString range = MobilityVocabulary::ageText(p.age);
    const QString yours = Tr::tr("vous avez %1 ans").arg(age);
    if ((p.age.min && age < *p.age.min) || (p.age.max && age > *p.age.max)) {
        return failed(Tr::tr("%1 : %2").arg(range, yours));
    }
    return pass(Tr::tr("%1 : %2").arg(range, yours));
}

FinderReason Finder::situation(const Programme &p, const QString &situation)
{
    if (!p.situations) {
        return unknown(Tr::tr("pour qui"));
    }
    if (!p.situations->contains(situation)) {
        return failed(Tr::tr("réservé aux %1").arg(labels(*p.situations, MobilityVocabulary::situationPlural)));
    }
    if (p.situations->size() == MobilityVocabulary::situations().size()) {
        return pass(Tr::tr("ouvert à tous les profils"));
    }
    return pass(Tr::tr("ouvert aux %1").arg(MobilityVocabulary::situationPlural(situation)));
}

FinderReason Finder::kind(const Programme &p, const QString &kind)
{
    if (!p.kinds || p.kinds->isEmpty()) {
        return unknown(Tr::tr("type de mobilité"));
    }
    if (p.kinds->contains(kind)) {
        return pass(Tr::tr("c'est %1").arg(kindPhrase(kind)));
    }
    return failed(Tr::tr("ce n'est pas %1 : %2").arg(kindPhrase(kind), labels(*p.kinds, MobilityVocabulary::kindLabel)));
}

FinderReason Finder::zone(const Programme &p, const QString &zone)
{
    if (!p.zones || p.zones->isEmpty()) {
        return unknown(Tr::tr("destination"));
    }
    if (zone == "peu_importe"_L1) {
        return pass(Tr::tr("destination : %1").arg(labels(*p.zones, MobilityVocabulary::zonePhrase, false)));
    }
    if (p.zones->contains(zone)) {
        return pass(Tr::tr("se passe %1").arg(MobilityVocabulary::zonePhrase(zone)));
    }
    return failed(Tr::tr("ne se passe pas %1 : %2").arg(MobilityVocabulary::zonePhrase(zone),
                                                    labels(*p.zones, MobilityVocabulary::zonePhrase, false)));
}

FinderReason Finder::duration(const Programme &p, const QString &wish)
{
    const QString text = MobilityVocabulary::durationText(p.duration, p.durationUnit);
    if (p.duration.unknown()) {
        return unknown(Tr::tr("durée"));
    }
    const Bounds w = durationWish(wish);
    const int lo = w.min.value_or(0);
    const int hi = w.max.value_or(std::numeric_limits<int>::max());
    const auto minDays = p.minDays();
    const auto maxDays = p.maxDays();
    if (minDays && *minDays > hi) {
        return failed(Tr::tr("dure au moins %1").arg(MobilityVocabulary::quantity(*p.duration.min, p.durationUnit)));
    }
    if (maxDays && *maxDays < lo) {
        return failed(Tr::tr("dure au plus %1").arg(MobilityVocabulary::quantity(*p.duration.max, p.durationUnit)));
    }
    // Overlap is certain when the unknown bound cannot break it.
    const bool lowOk = maxDays || (minDays && *minDays >= lo);
    const bool highOk = minDays || (maxDays && *maxDays <= hi);
    if (!lowOk || !highOk) {
        return unknown(Tr::tr("durée (%1)").arg(text));
    }
    return pass(Tr::tr("dure %1").arg(text));
}

FinderReason Finder::format(const Programme &p, const QString &format)
{
    if (!p.format) {
        return unknown(Tr::tr("seul·e ou en groupe"));
    }
    const auto phrase = [](const QString &code) {
        return code == "groupe"_L1 ? Tr::tr("on part en groupe") : Tr::tr("on part seul·e");
    };
    if (format == "peu_importe"_L1) {
        return pass(p.format->size() > 1 ? Tr::tr("seul·e ou en groupe") : phrase(p.format->constFirst()));
    }
    if (p.format->contains(format)) {
        return pass(phrase(format));
    }
    return failed(phrase(p.format->constFirst()));
}

FinderMatch Finder::evaluate(const Programme &p, const FinderProfile &profile)
{
    FinderMatch m;
    m.programmeId = p.id;
    m.reasons = {age(p, profile.age),       situation(p, profile.situation),   kind(p, profile.kind),
                 zone(p, profile.zone),     duration(p, profile.duration),     format(p, profile.format)};
    for (const FinderReason &r : std::as_const(m.reasons)) {
        m.passes += r.status == FinderReason::Pass;
        m.fails += r.status == FinderReason::Fail;
        m.unknowns += r.status == FinderReason::Unknown;
    }
    return m;
}

FinderResult Finder::rank(const ProgrammeCatalogue &catalogue, const FinderProfile &profile)
{
    FinderResult result;
    for (qsizetype i = 0; i < catalogue.programmes().size(); ++i) {
        FinderMatch m = evaluate(catalogue.programmes().at(i), profile);
        m.index = int(i);
        // A programme known mostly by "à vérifier" is not called a fit: it goes with the near misses.
        if (m.fails == 0 && m.passes > m.unknowns) {
            result.matches.append(std::move(m));
        } else if (m.fails <= 1) {
            result.nearMisses.append(std::move(m));
        }
    }
    const auto order = [](const FinderMatch &a, const FinderMatch &b) {
        return std::tie(a.unknowns, b.passes, a.index) < std::tie(b.unknowns, a.passes, b.index);
    };
    std::stable_sort(result.matches.begin(), result.matches.end(), order);
    std::stable_sort(result.nearMisses.begin(), result.nearMisses.end(), order);
    return result;
}
