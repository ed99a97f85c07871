// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/agendaevent.h"
#include "base/csvreader.h"
#include "base/csvwriter.h"
#include "base/paristime.h"
#include "registration/registrar.h"
#include "registration/registrationlist.h"
#include "storage/database.h"
#include "testhelpers.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

/** CSV for French Excel (BOM, ;, CRLF) with formula injection neutralised, and the registrations export. */
class TestCsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        TestHelpers::setUpFrenchTestCase();
    }

    void field_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << u"Camille"_s << u"Camille"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("accents") << u"Élodie Œuvray"_s << u"Élodie Œuvray"_s;
        QTest::newRow("formula =") << u"=HYPERLINK(\"http://x\";\"clic\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\""_s;
        QTest::newRow("formula +") << u"+33 6 12 34 56 78"_s << u"'+33 6 12 34 56 78"_s;
        QTest::newRow("formula -") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("formula @") << u"@SUM(A1:A9)"_s << u"'@SUM(A1:A9)"_s;
        QTest::newRow("tab") << u"\tcmd"_s << u"'\tcmd"_s;
        QTest::newRow("carriage return") << u"\rcmd"_s << u"\"'\rcmd\""_s;
        // Other forms of the same characters, which spreadsheets read as formulas too (LibreOffice
        // turns a full-width ＝ into =): they escaped the neutralisation.
        QTest::newRow("full-width =") << u"\uFF1DHYPERLINK(1)"_s << u"'\uFF1DHYPERLINK(1)"_s;
        QTest::newRow("full-width +") << u"\uFF0B33 6"_s << u"'\uFF0B33 6"_s;
        QTest::newRow("full-width -") << u"\uFF0D2+3"_s << u"'\uFF0D2+3"_s;
        QTest::newRow("full-width @") << u"\uFF20SUM(A1)"_s << u"'\uFF20SUM(A1)"_s;
        QTest::newRow("small =") << u"\uFE66A1"_s << u"'\uFE66A1"_s;
        QTest::newRow("minus sign") << u"\u22122+3"_s << u"'\u22122+3"_s;
        QTest::newRow("inside is fine") << u"a=b, c+d"_s << u"a=b, c+d"_s;
        QTest::newRow("separator") << u"MRES; Lille"_s << u"\"MRES; Lille\""_s;
        QTest::newRow("quote") << u"l'\"ECSI\""_s << u"\"l'\"\"ECSI\"\"\""_s;
        QTest::newRow("line break") << u"deux\nlignes"_s << u"\"deux\nlignes\""_s;
        QTest::newRow("comma is not a separator") << u"Lille, Nord"_s << u"Lille, Nord"_s;
    }
    void field()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::field(value), written);
    }

    void fileIsWhatExcelExpects()
    {
        CsvWriter w;
        w.addRow({u"Nom"_s, u"Commune"_s});
        w.addRow({u"Dupont"_s, u"Château-Thierry"_s});
        const QByteArray data = w.data();
        QVERIFY(data.startsWith("\xEF\xBB\xBFNom;Commune\r\n"));
        QVERIFY(data.endsWith("Dupont;Château-Thierry\r\n"_ba));
        QCOMPARE(data.count("\r\n"), 2);
        QCOMPARE(data.count('\n'), 2); // no bare LF
    }

    void registrationsExport()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"lianes.db"_s));
        QVERIFY(db);
        const QDateTime now(QDate(2026, 11, 28), QTime(10, 0), ParisTime::zone());
        AgendaEvent e;
        e.uid = u"export@lianes.test"_s;
        e.title = u"Formation"_s;
        e.kind = u"formation"_s;
        e.start = now.addDays(2);
        e.capacity = 1;
        {
            Transaction tx(*db);
            e.id = EventStore::upsert(*db, e, ParisTime::toUtcIso(now));
            tx.commit();
        }
        const Registrar registrar(*db);
        RegistrationRequest a;
        a.firstName = u"=HYPERLINK(\"http://x\")"_s;
        a.lastName = u"-Dupont; dit \"le Grand\""_s;
        a.email = u"a@exemple.fr"_s;
        a.structure = u"+Collectif"_s;
        a.actorType = u"collectif"_s;
        a.place = u"Laon"_s;
        a.ageBracket = u"moins_15"_s;
        a.parentAgreement = true;
        a.consent = true;
        RegistrationRequest b = a;
        b.firstName = u"Bruno"_s;
        b.lastName = u"Martin"_s;
        b.email = u"b@exemple.fr"_s;
        b.ageBracket = u"31_plus"_s;
        const qint64 first = registrar.registerPerson(e.id, a, now).registrationId;
        (void)registrar.registerPerson(e.id, b, now);
        QVERIFY(registrar.setPresent(first, true, now.addDays(2)));

        const QByteArray csv = RegistrationList::csv(*db, e.id);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(!csv.contains("\n\n"));
        CsvReader reader(csv, ';');
        const auto header = reader.readRow();
        QCOMPARE(*header, RegistrationList::csvColumns());
        QCOMPARE(header->first(), u"Statut"_s);
        QVERIFY(header->contains(u"Consentement (version)"_s));
        const auto row1 = reader.readRow();
        const auto row2 = reader.readRow();
        QVERIFY(row1 && row2 && !reader.readRow());
        const auto col = [&](const QString &name) { return header->indexOf(name); };
        QCOMPARE(row1->at(col(u"Statut"_s)), u"Présent·e"_s);
        QCOMPARE(row1->at(col(u"Prénom"_s)), u"'=HYPERLINK(\"http://x\")"_s);
        QCOMPARE(row1->at(col(u"Nom"_s)), u"'-Dupont; dit \"le Grand\""_s);
        QCOMPARE(row1->at(col(u"Structure"_s)), u"'+Collectif"_s);
        QCOMPARE(row1->at(col(u"Type de structure"_s)), u"Collectif d'associations"_s);
        QCOMPARE(row1->at(col(u"Commune"_s)), u"Laon"_s);
        QCOMPARE(row1->at(col(u"Code postal"_s)), u"02000"_s);
        QCOMPARE(row1->at(col(u"Tranche d'âge"_s)), u"Moins de 15 ans"_s);
        QCOMPARE(row1->at(col(u"Accord parental"_s)), u"oui"_s);
        QCOMPARE(row1->at(col(u"Inscrit·e le"_s)), u"28/11/2026 10:00"_s);
        QCOMPARE(row1->at(col(u"Présent·e à"_s)), u"30/11/2026 10:00"_s);
        QCOMPARE(row2->at(col(u"Statut"_s)), u"Liste d'attente"_s);
        QCOMPARE(row2->at(col(u"Position en attente"_s)), u"1"_s);
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
