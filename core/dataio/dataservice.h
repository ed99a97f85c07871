// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/clock.h"
#include "importer.h"
#include "importpreviewmodel.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

#include <functional>

namespace Lianes {

class Clock;
class Database;

/** The staff's data in and out: import with preview and column mapping, exports and the
 *  "save to USB" backup. Handed to QML as the `DataIo` singleton. */
class DataService : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided as the DataIo singleton")
    Q_PROPERTY(Lianes::ImportPreviewModel *preview READ preview CONSTANT)
    Q_PROPERTY(bool hasPreview READ hasPreview NOTIFY previewChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY previewChanged)
    Q_PROPERTY(QString fileSummary READ fileSummary NOTIFY previewChanged)
    Q_PROPERTY(QString fileError READ fileError NOTIFY previewChanged)
    Q_PROPERTY(int toAdd READ toAdd NOTIFY previewChanged)
    Q_PROPERTY(int toUpdate READ toUpdate NOTIFY previewChanged)
    Q_PROPERTY(int unchanged READ unchanged NOTIFY previewChanged)
    Q_PROPERTY(int rejected READ rejected NOTIFY previewChanged)
    Q_PROPERTY(bool canApply READ canApply NOTIFY previewChanged)
    Q_PROPERTY(bool canApplyOthers READ canApplyOthers NOTIFY previewChanged)
    Q_PROPERTY(QVariantList columnChoices READ columnChoices NOTIFY previewChanged)
    Q_PROPERTY(QVariantList fields READ fields NOTIFY previewChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    Q_PROPERTY(QString exportFolder READ exportFolder NOTIFY exportFolderChanged)

public:
    DataService(Database *db, const Clock *clock, QObject *parent = nullptr);

    [[nodiscard]] ImportPreviewModel *preview() const { return m_preview; }
    [[nodiscard]] bool hasPreview() const { return !m_data.isEmpty() || !m_report.error.isEmpty(); }
    [[nodiscard]] QString fileName() const { return m_report.fileName; }
    [[nodiscard]] QString fileSummary() const;
    [[nodiscard]] QString fileError() const { return m_report.error; }
    [[nodiscard]] int toAdd() const { return m_report.total().added; }
    [[nodiscard]] int toUpdate() const { return m_report.total().updated; }
    [[nodiscard]] int unchanged() const { return m_report.total().unchanged; }
    [[nodiscard]] int rejected() const { return m_report.total().rejected; }
    [[nodiscard]] bool canApply() const;
    [[nodiscard]] bool canApplyOthers() const;
    /** The columns the staff map by hand: [{column, key}], key "" while not chosen. */
    [[nodiscard]] QVariantList columnChoices() const;
    /** What a column can be mapped to: [{key, label}], "ignorer" included. */
    [[nodiscard]] QVariantList fields() const;
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool messageIsError() const { return m_messageIsError; }
    [[nodiscard]] QString exportFolder() const { return m_exportFolder; }

    /** Reads @p file and previews its import (nothing written). */
    Q_INVOKABLE bool previewFile(const QUrl &file);
    /** Maps @p column to the field @p key ("commune", "ignorer"...) and previews again. */
    Q_INVOKABLE void mapColumn(const QString &column, const QString &key);
    /** Applies the previewed file in one transaction; @p skipRejected imports the other rows. */
    Q_INVOKABLE bool apply(bool skipRejected = false);
    Q_INVOKABLE void clear();

    Q_INVOKABLE void setExportFolder(const QUrl &folder);
    /** A consistent copy of the database in the export folder ("save to USB"). */
    Q_INVOKABLE bool backup();
    Q_INVOKABLE bool exportJson();
    /** The whole database checked on the staff's request (every page, every index against its
     *  table), an index out of step rebuilt from its rows; the message says what was found. */
    Q_INVOKABLE bool checkDatabase();
    /** @p entity: "acteurs", "projets", "evenements" or "reunions". */
    Q_INVOKABLE bool exportCsv(const QString &entity);

    /** The staff actions (check-in, cancel, exports, imports) ask @p open first: the app wires the
     *  staff area's lock here. None: always open (a service made alone, tests, tools). */
    void setStaffGate(std::function<bool()> open) { m_staffOpen = std::move(open); }

Q_SIGNALS:
    void previewChanged();
    void messageChanged();
    void exportFolderChanged();
    /** An import changed the database: models reload. */
    void dataWritten();

private:
    void runPreview();
    void setMessage(const QString &message, bool error);
    bool writeExport(const QString &fileName, const QByteArray &data);

    Database *m_db;
    const Clock *m_clock;
    ImportPreviewModel *m_preview;
    QByteArray m_data;
    QString m_path;
    ImportOptions m_options;
    ImportReport m_report;
    QStringList m_mappable; ///< columns not recognised when the file was opened
    QString m_message;
    bool m_messageIsError = false;
    QString m_exportFolder;
    std::function<bool()> m_staffOpen;
    [[nodiscard]] bool staffOpen() const { return !m_staffOpen || m_staffOpen(); }
};

} // namespace Lianes
