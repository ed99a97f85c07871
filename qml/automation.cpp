// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFile>
#include <QInputMethodEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
void collectModel(const QAbstractItemModel *model, QStringList &out, QSet<const QAbstractItemModel *> &seen)
{
    if (!model || seen.contains(model)) {
        return;
    }
    seen.insert(model);
    const auto roles = model->roleNames();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
            const QVariant v = index.data(it.key());
            if (v.typeId() == QMetaType::QString) {
                out << v.toString();
            } else if (v.typeId() == QMetaType::QStringList) {
                out << v.toStringList();
            }
        }
    }
}

void collect(QObject *object, QStringList &out, QSet<const QAbstractItemModel *> &seen)
{
    const QMetaObject *meta = object->metaObject();
    for (int i = 0; i < meta->propertyCount(); ++i) {
        const QMetaProperty p = meta->property(i);
        if (!p.isReadable()) {
            continue;
        }
        if (p.metaType().id() == QMetaType::QString) {
            const QString s = p.read(object).toString();
            if (!s.isEmpty()) {
                out << s;
            }
        } else if (qstrcmp(p.name(), "model") == 0) {
            collectModel(qvariant_cast<QAbstractItemModel *>(p.read(object)), out, seen);
        }
    }
    for (QObject *child : object->children()) {
        collect(child, out, seen);
    }
    if (auto *item = qobject_cast<QQuickItem *>(object)) {
        for (QQuickItem *child : item->childItems()) {
            if (child->parent() != object) {
                collect(child, out, seen);
            }
        }
    }
}

QObject *findNamed(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name) {
        return item;
    }
    for (QQuickItem *child : item->childItems()) {
        if (QObject *found = findNamed(child, name)) {
            return found;
        }
    }
    return nullptr;
}
}

QStringList Automation::fill(QQuickWindow *window, const QStringList &assignments)
{
    QStringList missing;
    for (const QString &a : assignments) {
        const QString name = a.section(u'=', 0, 0);
        const QString text = a.section(u'=', 1);
        // Items created by Loaders are children in the visual tree only.
        QObject *target = findNamed(window->contentItem(), name);
        auto *item = qobject_cast<QQuickItem *>(target);
        if (item && item->flags().testFlag(QQuickItem::ItemAcceptsInputMethod)) {
            // Typed as a visitor would: a tap gives the field focus (the kiosk's keyboard comes
            // up), the text arrives as the on-screen keyboard sends it (textEdited handlers run).
            item->forceActiveFocus();
            item->setProperty("text", QString());
            QInputMethodEvent typed;
            typed.setCommitString(text);
            QCoreApplication::sendEvent(item, &typed);
            if (item->property("text").toString() == text) {
                continue;
            }
        }
        if (!target || !target->setProperty("text", text)) {
            missing << name;
        }
    }
    return missing;
}

bool Automation::dumpState(QQuickWindow *window, const QString &path)
{
    QStringList out;
    QSet<const QAbstractItemModel *> seen;
    collect(window, out, seen);
    collect(window->contentItem(), out, seen);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    file.write(out.join(u'\n').toUtf8());
    return true;
}
