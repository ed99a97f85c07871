// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/pinstore.h"
#include "storage/database.h"

#include <QFile>
#include <QThread>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <atomic>

using namespace Lianes;
using namespace Qt::StringLiterals;

/** The staff PIN: never stored in clear, lockout after five wrong tries, growing delays. */
class TestPinStore : public QObject
{
    Q_OBJECT
private:
    qint64 m_now = 1'700'000'000'000;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void validateNew_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("six digits") << u"480215"_s << true;
        QTest::newRow("twelve digits") << u"480215739164"_s << true;
        QTest::newRow("too short") << u"48021"_s << false;
        QTest::newRow("too long") << u"4802157391641"_s << false;
        QTest::newRow("letters") << u"48o215"_s << false;
        QTest::newRow("all same") << u"000000"_s << false;
        QTest::newRow("ascending") << u"123456"_s << false;
        QTest::newRow("descending") << u"987654"_s << false;
        QTest::newRow("empty") << QString() << false;
        // Accepted before, among anyone's first guesses.
        QTest::newRow("two digits") << u"000001"_s << false;
        QTest::newRow("pair repeated") << u"121212"_s << false;
        QTest::newRow("triple repeated") << u"123123"_s << false;
        QTest::newRow("run wrapping round") << u"890123"_s << false;
        QTest::newRow("keypad column") << u"147258"_s << false;
        QTest::newRow("three distinct digits") << u"480480"_s << false;
        QTest::newRow("not a pattern") << u"731902"_s << true;
    }
    void validateNew()
    {
        QFETCH(QString, pin);
        QFETCH(bool, accepted);
        QCOMPARE(PinStore::validateNew(pin).isEmpty(), accepted);
    }

    void noDefaultPinAndNoClearPinOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lianes.db"_s);
        {
            auto db = Database::open(path);
            PinStore pins(*db);
            QVERIFY(!pins.hasPin());
            QCOMPARE(pins.check(u"000000"_s), PinStore::Check::NoPin);
            QVERIFY(pins.setPin(u"480215"_s));
            QVERIFY(pins.hasPin());
            QCOMPARE(pins.check(u"480215"_s), PinStore::Check::Ok);
            QVERIFY(db->setting(u"staff.pin_hash"_s).startsWith(u"pbkdf2-sha256$"_s));
        }
        for (const QString &file : QStringList{path, path + u"-wal"_s}) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains("480215"), qPrintable(file));
            QVERIFY(!bytes.contains(QStringView(u"480215").toUtf8()));
        }
    }

    void saltedHashDiffersForTheSamePin()
    {
        QTemporaryDir dir;
        auto a = Database::open(dir.filePath(u"a.db"_s));
        auto b = Database::open(dir.filePath(u"b.db"_s));
        QVERIFY(PinStore(*a).setPin(u"480215"_s));
        QVERIFY(PinStore(*b).setPin(u"480215"_s));
        QVERIFY(a->setting(u"staff.pin_hash"_s) != b->setting(u"staff.pin_hash"_s));
    }

    void lockoutAfterFiveWrongTriesWithGrowingDelay()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"lianes.db"_s));
        PinStore pins(*db);
        pins.setClock([this] { return m_now; });
        QVERIFY(pins.setPin(u"480215"_s));
        for (int i = 0; i < PinStore::MaxTries - 1; ++i) {
            QCOMPARE(pins.check(u"111111"_s), PinStore::Check::Wrong);
        }
        QCOMPARE(pins.triesLeft(), 1);
        QCOMPARE(pins.check(u"111111"_s), PinStore::Check::Locked);
        QCOMPARE(pins.lockedSeconds(), 30);
        // Even the right PIN is refused while locked.
        QCOMPARE(pins.check(u"480215"_s), PinStore::Check::Locked);
        m_now += 30'000;
        QCOMPARE(pins.lockedSeconds(), 0);
        // A second series locks for longer.
        for (int i = 0; i < PinStore::MaxTries; ++i) {
            pins.check(u"222222"_s);
        }
        QCOMPARE(pins.lockedSeconds(), 60);
        // The lock survives a restart (state in the database).
        PinStore again(*db);
        again.setClock([this] { return m_now; });
        QCOMPARE(again.lockedSeconds(), 60);
        m_now += 60'000;
        QCOMPARE(again.check(u"480215"_s), PinStore::Check::Ok);
        QCOMPARE(again.triesLeft(), PinStore::MaxTries);
    }

    /** Twenty wrong guesses at once, each on its own connection as from several processes: no
     *  more than MaxTries are checked, the rest find the lock (all twenty were checked: the lock
     *  was read before the 300 ms derivation and not again where the attempt was recorded). */
    void simultaneousGuessesAreCountedOneByOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lianes.db"_s);
        {
            auto db = Database::open(path);
            QVERIFY(PinStore(*db).setPin(u"480215"_s));
        }
        constexpr int Guesses = 20;
        std::atomic<bool> go = false;
        std::array<int, Guesses> results{};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < Guesses; ++i) {
            threads.emplace_back(QThread::create([&, i] {
                auto db = Database::connect(path);
                PinStore pins(*db);
                while (!go) {
                    QThread::yieldCurrentThread();
                }
                try {
                    results[i] = int(pins.check(u"%1"_s.arg(100000 + i)));
                } catch (const SqlError &) {
                    results[i] = -1;
                }
            }));
            threads.back()->start();
        }
        go = true;
        for (auto &t : threads) {
            QVERIFY(t->wait(60000));
        }
        const auto wrong = std::count(results.begin(), results.end(), int(PinStore::Check::Wrong));
        const auto locked = std::count(results.begin(), results.end(), int(PinStore::Check::Locked));
        QCOMPARE(std::count(results.begin(), results.end(), -1), 0);
        QCOMPARE(wrong, PinStore::MaxTries - 1);
        QCOMPARE(locked, Guesses - wrong);
        auto db = Database::open(path);
        PinStore pins(*db);
        QVERIFY(pins.lockedSeconds() > 0);
        QCOMPARE(pins.check(u"480215"_s), PinStore::Check::Locked);
    }

    void lockDurationGrowsAndIsCapped()
    {
        QCOMPARE(PinStore::lockDuration(0), 30);
        QCOMPARE(PinStore::lockDuration(1), 60);
        QCOMPARE(PinStore::lockDuration(3), 240);
        QCOMPARE(PinStore::lockDuration(20), 3600);
    }
};

QTEST_GUILESS_MAIN(TestPinStore)
#include "tst_pinstore.moc"
