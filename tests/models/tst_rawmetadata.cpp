// raw_metadata keeps as much of the Portal's JSON as fits in 512 KiB, never "{}".
#include "models/experiment/RawMetadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using encode::models::compactRawMetadata;

namespace {

QJsonArray bigArray(int items, int itemSize)
{
    QJsonArray array;
    for (int i = 0; i < items; ++i)
        array.append(QString(itemSize, QLatin1Char('a' + i % 26)));
    return array;
}

} // namespace

class TestRawMetadata final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void smallObjectIsStoredWhole()
    {
        const QJsonObject object{{"accession", "ENCSR000AAA"}, {"files", QJsonArray{1, 2}}, {"x", QJsonObject{{"y", 1}}}};
        const QString stored = compactRawMetadata(object);
        QCOMPARE(QJsonDocument::fromJson(stored.toUtf8()).object(), object);
        QVERIFY(!stored.contains(' '));
    }

    void objectExactlyAtTheLimitIsWhole()
    {
        QJsonObject object{{"accession", "ENCSR000AAA"}};
        const qsizetype base = QJsonDocument(object).toJson(QJsonDocument::Compact).size();
        object.insert("pad", QString(1000 - base - 9, 'x')); // ,"pad":"" adds 9 bytes
        QCOMPARE(QJsonDocument(object).toJson(QJsonDocument::Compact).size(), 1000);
        QCOMPARE(QJsonDocument::fromJson(compactRawMetadata(object, 1000).toUtf8()).object(), object);
    }

    void oversizedObjectKeepsScalarsAndSmallestContainers()
    {
        QJsonObject object{
            {"accession", "ENCSR000AAA"},
            {"@id", "/experiments/ENCSR000AAA/"},
            {"status", "released"},
            {"date_released", "2020-01-01"},
            {"perturbed", false},
            {"bio_replicate_count", 2},
            {"@type", QJsonArray{"Experiment", "Dataset", "Item"}},
            {"audit", QJsonObject{{"ERROR", QJsonArray{QJsonObject{{"category", "bad"}}}}}},
            {"replicates", bigArray(50, 1000)},
            {"files", bigArray(700, 1000)},
            {"documents", bigArray(400, 1000)},
        };
        const QString stored = compactRawMetadata(object);
        QVERIFY(stored.toUtf8().size() <= 524288);
        QJsonParseError error{};
        const QJsonObject kept = QJsonDocument::fromJson(stored.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const char *scalar : {"accession", "@id", "status", "date_released", "perturbed", "bio_replicate_count"})
            QCOMPARE(kept.value(QLatin1String(scalar)), object.value(QLatin1String(scalar)));
        // Smallest containers first: @type, audit, replicates and documents fit, files (700 KB) does not.
        QCOMPARE(kept.value("@type"), object.value("@type"));
        QCOMPARE(kept.value("audit"), object.value("audit"));
        QCOMPARE(kept.value("replicates"), object.value("replicates"));
        QCOMPARE(kept.value("documents"), object.value("documents"));
        QVERIFY(!kept.contains("files"));
        QCOMPARE(kept.value("_truncated").toArray(), QJsonArray{"files"});
    }

    void everyDroppedPropertyIsListed()
    {
        QJsonObject object{{"accession", "ENCSR000AAA"}};
        for (int i = 0; i < 5; ++i)
            object.insert(QStringLiteral("big%1").arg(i), bigArray(10, 300));
        const QJsonObject kept = QJsonDocument::fromJson(compactRawMetadata(object, 5000).toUtf8()).object();
        QVERIFY(QJsonDocument(kept).toJson(QJsonDocument::Compact).size() <= 5000);
        const QJsonArray dropped = kept.value("_truncated").toArray();
        QVERIFY(!dropped.isEmpty());
        for (int i = 0; i < 5; ++i) {
            const QString key = QStringLiteral("big%1").arg(i);
            QVERIFY2(kept.contains(key) != dropped.contains(key), qPrintable(key));
        }
    }

    void hugeScalarsAreDroppedToStayValid()
    {
        const QJsonObject object{{"accession", "ENCSR000AAA"}, {"description", QString(600000, 'd')}};
        const QString stored = compactRawMetadata(object);
        QVERIFY(stored.toUtf8().size() <= 524288);
        const QJsonObject kept = QJsonDocument::fromJson(stored.toUtf8()).object();
        QCOMPARE(kept.value("accession").toString(), QStringLiteral("ENCSR000AAA"));
        QCOMPARE(kept.value("_truncated").toArray(), QJsonArray{"description"});
    }

    void multiByteTextIsMeasuredInUtf8()
    {
        // 200,000 three-byte characters: 600 KB of UTF-8 although only 200,000 QChars.
        const QJsonObject object{{"accession", "ENCSR000AAA"}, {"notes_like", QJsonArray{QString(200000, QChar(0x2603))}}};
        const QString stored = compactRawMetadata(object);
        QVERIFY(stored.toUtf8().size() <= 524288);
        QVERIFY(QJsonDocument::fromJson(stored.toUtf8()).object().value("_truncated").toArray().contains("notes_like"));
    }
};

QTEST_GUILESS_MAIN(TestRawMetadata)
#include "tst_rawmetadata.moc"
