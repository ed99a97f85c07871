// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "period.h"

#include <QDateTime>
#include <QImage>
#include <QObject>
#include <QQmlEngine>

Q_MOC_INCLUDE("choroplethmodel.h")
Q_MOC_INCLUDE("figurelistmodel.h")
Q_MOC_INCLUDE("tilelistmodel.h")

namespace Lianes {

class ChoroplethModel;
class Database;
class FigureListModel;
class TileListModel;
struct ReportContent;

/** The observatory: the network's figures for a chosen year (or every year), computed from the data,
 *  as models for charts, tables and maps, the kiosk's key figures, and exports (PNG, PDF). */
class ObservatoryService : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use the Observatory singleton")
    /** The year shown; 0 for every year. Until chosen: the latest year with meetings or trainings held. */
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY periodChanged)
    Q_PROPERTY(QList<int> years READ years NOTIFY yearsChanged)
    /** Every year at once; switching it off comes back to the year shown before. */
    Q_PROPERTY(bool allYears READ allYears WRITE setAllYears NOTIFY periodChanged)
    Q_PROPERTY(QString periodLabel READ periodLabel NOTIFY periodChanged)
    Q_PROPERTY(bool hasPreviousYear READ hasPreviousYear NOTIFY periodChanged)
    Q_PROPERTY(bool hasNextYear READ hasNextYear NOTIFY periodChanged)
    Q_PROPERTY(Lianes::TileListModel *summary READ summary CONSTANT)
    Q_PROPERTY(Lianes::TileListModel *keyFigures READ keyFigures CONSTANT)
    Q_PROPERTY(Lianes::FigureListModel *actorsByType READ actorsByType CONSTANT)
    Q_PROPERTY(Lianes::FigureListModel *actorsByFamily READ actorsByFamily CONSTANT)
    Q_PROPERTY(Lianes::FigureListModel *actorsByDepartement READ actorsByDepartement CONSTANT)
    Q_PROPERTY(Lianes::FigureListModel *projectsByTheme READ projectsByTheme CONSTANT)
    Q_PROPERTY(Lianes::FigureListModel *projectsByCountry READ projectsByCountry CONSTANT)
    Q_PROPERTY(Lianes::FigureListModel *projectsByKind READ projectsByKind CONSTANT)
    Q_PROPERTY(Lianes::FigureListModel *meetingsByMonth READ meetingsByMonth CONSTANT)
    Q_PROPERTY(Lianes::FigureListModel *meetingsByPlace READ meetingsByPlace CONSTANT)
    Q_PROPERTY(Lianes::FigureListModel *meetingsByStaff READ meetingsByStaff CONSTANT)
    Q_PROPERTY(Lianes::FigureListModel *mostAttended READ mostAttended CONSTANT)
    Q_PROPERTY(Lianes::FigureListModel *trainings READ trainings CONSTANT)
    Q_PROPERTY(Lianes::FigureListModel *registrations READ registrations CONSTANT)
    Q_PROPERTY(Lianes::ChoroplethModel *departements READ departements CONSTANT)
    Q_PROPERTY(Lianes::ChoroplethModel *countries READ countries CONSTANT)
    /** Notes under charts, ready to show: what the directory is, what is counted apart. */
    Q_PROPERTY(QString actorsNote READ actorsNote NOTIFY refreshed)
    Q_PROPERTY(QString trainingsNote READ trainingsNote NOTIFY refreshed)
    Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY exportMessageChanged)

public:
    explicit ObservatoryService(QObject *parent = nullptr);
    ~ObservatoryService() override;

    /** The database to read (recomputes); the exports go to an "exports" folder beside it. */
    void setDatabase(const Database *db);
    void setNow(const QDateTime &now);
    void setExportDirectory(const QString &dir) { m_exportDir = dir; }
    [[nodiscard]] QString exportDirectory() const { return m_exportDir; }

    [[nodiscard]] int year() const;
    void setYear(int year);
    [[nodiscard]] QList<int> years() const { return m_years; }
    [[nodiscard]] bool allYears() const { return year() == 0; }
    void setAllYears(bool all);
    [[nodiscard]] Period period() const;
    [[nodiscard]] QString periodLabel() const;
    [[nodiscard]] bool hasPreviousYear() const;
    [[nodiscard]] bool hasNextYear() const;
    Q_INVOKABLE void showPreviousYear();
    Q_INVOKABLE void showNextYear();

    /** Recomputes every figure (after a write, a language change). */
    Q_INVOKABLE void refresh();

    /** Saves @p image (the dashboard as grabbed) as a PNG; returns its path, empty on failure. */
    Q_INVOKABLE QString exportPng(const QImage &image);
    /** Writes the PDF report, with @p snapshot on its first page when given; returns its path. */
    Q_INVOKABLE QString exportPdf(const QImage &snapshot = {});
    [[nodiscard]] ReportContent report() const;
    [[nodiscard]] QString exportMessage() const { return m_exportMessage; }

    [[nodiscard]] TileListModel *summary() const { return m_summary; }
    [[nodiscard]] TileListModel *keyFigures() const { return m_keyFigures; }
    [[nodiscard]] FigureListModel *actorsByType() const { return m_actorsByType; }
    [[nodiscard]] FigureListModel *actorsByFamily() const { return m_actorsByFamily; }
    [[nodiscard]] FigureListModel *actorsByDepartement() const { return m_actorsByDepartement; }
    [[nodiscard]] FigureListModel *projectsByTheme() const { return m_projectsByTheme; }
    [[nodiscard]] FigureListModel *projectsByCountry() const { return m_projectsByCountry; }
    [[nodiscard]] FigureListModel *projectsByKind() const { return m_projectsByKind; }
    [[nodiscard]] FigureListModel *meetingsByMonth() const { return m_meetingsByMonth; }
    [[nodiscard]] FigureListModel *meetingsByPlace() const { return m_meetingsByPlace; }
    [[nodiscard]] FigureListModel *meetingsByStaff() const { return m_meetingsByStaff; }
    [[nodiscard]] FigureListModel *mostAttended() const { return m_mostAttended; }
    [[nodiscard]] FigureListModel *trainings() const { return m_trainings; }
    [[nodiscard]] FigureListModel *registrations() const { return m_registrations; }
    [[nodiscard]] ChoroplethModel *departements() const { return m_departements; }
    [[nodiscard]] ChoroplethModel *countries() const { return m_countries; }
    [[nodiscard]] QString actorsNote() const { return m_actorsNote; }
    [[nodiscard]] QString trainingsNote() const { return m_trainingsNote; }

Q_SIGNALS:
    void periodChanged();
    void yearsChanged();
    void refreshed();
    void exportMessageChanged();

private:
    void setupColumns();
    void findYears();
    void refreshKeyFigures();
    [[nodiscard]] QString exportPath(const QString &suffix) const;
    void setExportMessage(const QString &message);

    const Database *m_db = nullptr;
    QDateTime m_now;
    QString m_exportDir;
    int m_year = 0;
    bool m_yearChosen = false;
    int m_defaultYear = 0;
    int m_yearBeforeAll = 0;
    QList<int> m_years;
    QString m_actorsNote;
    QString m_trainingsNote;
    QString m_exportMessage;

    TileListModel *m_summary;
    TileListModel *m_keyFigures;
    FigureListModel *m_actorsByType;
    FigureListModel *m_actorsByFamily;
    FigureListModel *m_actorsByDepartement;
    FigureListModel *m_projectsByTheme;
    FigureListModel *m_projectsByCountry;
    FigureListModel *m_projectsByKind;
    FigureListModel *m_meetingsByMonth;
    FigureListModel *m_meetingsByPlace;
    FigureListModel *m_meetingsByStaff;
    FigureListModel *m_mostAttended;
    FigureListModel *m_trainings;
    FigureListModel *m_registrations;
    ChoroplethModel *m_departements;
    ChoroplethModel *m_countries;
};

} // namespace Lianes
