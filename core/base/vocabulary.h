// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Lianes {

/** Colour families of actor types on the map (legend). */
enum class ActorFamily { Associations, Collectivites, Education, Economie };

/** One of the 14 actor types of the network's observatory. */
struct ActorType {
    QString code;
    QString label; ///< translated
    ActorFamily family;
};

/** One of the 12 themes of the panorama of projects. */
struct Theme {
    QString code;
    QString label; ///< translated
};

/** One of the five départements of Hauts-de-France. */
struct Departement {
    QString code;
    QString name;
    QString prefecture;
};

/** The report's fixed vocabularies, in the report's order, labels translated. */
namespace Vocabulary {
[[nodiscard]] QList<ActorType> actorTypes();
[[nodiscard]] QList<Theme> themes();
[[nodiscard]] QList<Departement> departements();
[[nodiscard]] QString actorTypeLabel(const QString &code);
[[nodiscard]] ActorFamily actorFamily(const QString &code);
[[nodiscard]] QString familyLabel(ActorFamily family);
[[nodiscard]] QString themeLabel(const QString &code);
[[nodiscard]] QString departementName(const QString &code);
[[nodiscard]] bool isActorType(const QString &code);
[[nodiscard]] bool isTheme(const QString &code);
}

} // namespace Lianes
