// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/textfold.h"

#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

/** Folding used by search and geocoding: what a visitor types must meet what the data says. */
class TestTextFold : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("accents and hyphen") << u"Château-Thierry"_s << u"chateau thierry"_s;
        QTest::newRow("oe ligature") << u"Œuf-en-Ternois"_s << u"oeuf en ternois"_s;
        QTest::newRow("ae ligature") << u"Lætitia"_s << u"laetitia"_s;
        QTest::newRow("apostrophe") << u"Villeneuve-d'Ascq"_s << u"villeneuve d ascq"_s;
        QTest::newRow("typographic apostrophe") << u"Comité d’Amitié"_s << u"comite d amitie"_s;
        QTest::newRow("upper case") << u"ÉLEVAGES SANS FRONTIÈRES"_s << u"elevages sans frontieres"_s;
        QTest::newRow("cedilla") << u"Français"_s << u"francais"_s;
        QTest::newRow("spaces collapsed") << u"  Lille   Fives  "_s << u"lille fives"_s;
        QTest::newRow("punctuation") << u"S.C.I Nord"_s << u"s c i nord"_s;
        QTest::newRow("decomposed input") << u"Che\u0301rence"_s << u"cherence"_s;
        QTest::newRow("eszett") << u"Straße"_s << u"strasse"_s;
        QTest::newRow("digits kept") << u"1% solidaire"_s << u"1 solidaire"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only punctuation") << u"--'--"_s << QString();
    }
    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextFold::fold(input), expected);
    }

    void placeKey_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("St") << u"St Omer"_s << u"saint omer"_s;
        QTest::newRow("St.") << u"St.-Omer"_s << u"saint omer"_s;
        QTest::newRow("Ste") << u"Ste Marie Kerque"_s << u"sainte marie kerque"_s;
        QTest::newRow("official") << u"Saint-Omer"_s << u"saint omer"_s;
        QTest::newRow("st inside a word untouched") << u"Estrées-Saint-Denis"_s << u"estrees saint denis"_s;
        QTest::newRow("lez") << u"Saint André lez Lille"_s << u"saint andre lez lille"_s;
    }
    void placeKey()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextFold::placeKey(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
