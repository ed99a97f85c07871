// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "structuresuggestionmodel.h"

#include "base/textfold.h"
#include "storage/database.h"

using namespace Lianes;
using namespace Qt::StringLiterals;

StructureSuggestionModel::StructureSuggestionModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void StructureSuggestionModel::setDatabase(Database *db)
{
    m_db = db;
    m_loaded = false;
}

void StructureSuggestionModel::setText(const QString &text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    if (!m_loaded && m_db) {
        // Loaded on first use: the form may never be opened.
        auto q = m_db->prepare("SELECT name, type FROM actor ORDER BY member DESC, name");
        while (q.step()) {
            m_actors.append({q.text(0), q.text(1), u' ' + TextFold::fold(q.text(0))});
        }
        m_loaded = true;
    }
    beginResetModel();
    m_shown.clear();
    const QStringList words = TextFold::words(text);
    const bool longEnough = TextFold::fold(text).size() >= 2;
    for (int i = 0; longEnough && i < m_actors.size() && m_shown.size() < MaxSuggestions; ++i) {
        const Actor &a = m_actors.at(i);
        if (a.name == text.trimmed()) {
            m_shown.clear();
            break;
        }
        if (std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return a.key.contains(QString(u' ' + w)); })) {
            m_shown.append(i);
        }
    }
    endResetModel();
    Q_EMIT textChanged();
}

int StructureSuggestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant StructureSuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Actor &a = m_actors.at(m_shown.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return a.name;
    case TypeRole:
        return a.type;
    }
    return {};
}

QHash<int, QByteArray> StructureSuggestionModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{NameRole, "name"}, {TypeRole, "actorType"}});
    return names;
}
