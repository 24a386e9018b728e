// The export columns of TRACKER-SPEC section 8: their order, their typed values and their text form.
#include "app/export/ExportColumns.h"

#include <QDate>
#include <QDateTime>
#include <QTest>

using encode::models::ExperimentListRow;

namespace {

constexpr double kTrackedAt = 1795512960.0; // 2026-11-24T09:36:00Z

ExperimentListRow fullRow()
{
    ExperimentListRow row;
    auto &e = row.experiment;
    e.accession = "ENCSR000AAA";
    e.assayTitle = "TF ChIP-seq";
    e.target = "SEPT2";
    e.organism = "Homo sapiens";
    e.organ = "liver";
    e.biosampleType = "tissue";
    e.biosampleSummary = "Homo sapiens liver tissue";
    e.lab = "Bradley Bernstein, Broad";
    e.assembly = "GRCh38";
    e.status = "released";
    e.dateReleased = "2016-01-07";
    e.replicationType = "isogenic";
    e.lifeStage = "adult";
    e.notes = "check peaks";
    e.description = "ChIP-seq on liver";
    e.url = "https://www.encodeproject.org/experiments/ENCSR000AAA/";
    e.trackedAt = kTrackedAt;
    e.updatedAt = kTrackedAt + 60.75;
    row.publicationCount = 2;
    row.derivedFileCount = 3;
    row.externalReferenceCount = 4;
    row.pmids = {"22955616", "22955617"};
    return row;
}

int column(const QString &name)
{
    const auto index = encode::app::exportHeaders().indexOf(name);
    if (index < 0)
        qFatal("no export column %s", qPrintable(name));
    return int(index);
}

} // namespace

class TestExportColumns final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void headersFollowTheSpec()
    {
        const QStringList expected{
            "accession",
            "assay_title",
            "target",
            "organism",
            "organ",
            "biosample_type",
            "biosample_summary",
            "lab",
            "assembly",
            "status",
            "date_released",
            "replication_type",
            "life_stage",
            "publication_count",
            "pmids",
            "derived_file_count",
            "external_reference_count",
            "notes",
            "description",
            "url",
            "tracked_at",
            "updated_at",
        };
        QCOMPARE(encode::app::exportHeaders(), expected);
    }

    void valuesAreTyped()
    {
        const QVariantList values = encode::app::exportValues(fullRow());
        QCOMPARE(values.size(), encode::app::exportHeaders().size());

        QCOMPARE(values.at(column("accession")).metaType().id(), QMetaType::QString);
        QCOMPARE(values.at(column("accession")).toString(), "ENCSR000AAA");
        QCOMPARE(values.at(column("target")).toString(), "SEPT2");
        QCOMPARE(values.at(column("lab")).toString(), "Bradley Bernstein, Broad");
        QCOMPARE(values.at(column("url")).toString(),
                 "https://www.encodeproject.org/experiments/ENCSR000AAA/");

        QCOMPARE(values.at(column("date_released")).metaType().id(), QMetaType::QDate);
        QCOMPARE(values.at(column("date_released")).toDate(), QDate(2016, 1, 7));

        for (const char *count : {"publication_count", "derived_file_count", "external_reference_count"})
            QCOMPARE(values.at(column(count)).metaType().id(), QMetaType::Int);
        QCOMPARE(values.at(column("publication_count")).toInt(), 2);
        QCOMPARE(values.at(column("derived_file_count")).toInt(), 3);
        QCOMPARE(values.at(column("external_reference_count")).toInt(), 4);
        QCOMPARE(values.at(column("pmids")).toString(), "22955616;22955617");

        const QVariant tracked = values.at(column("tracked_at"));
        QCOMPARE(tracked.metaType().id(), QMetaType::QDateTime);
        QCOMPARE(tracked.toDateTime(), QDateTime(QDate(2026, 11, 24), QTime(9, 36), Qt::UTC));
        QCOMPARE(tracked.toDateTime().timeSpec(), Qt::UTC);
        // Sub-second parts are dropped so the typed value and its ISO text agree.
        QCOMPARE(values.at(column("updated_at")).toDateTime(),
                 QDateTime(QDate(2026, 11, 24), QTime(9, 37), Qt::UTC));
    }

    void absentValuesStayAbsent()
    {
        ExperimentListRow row;
        row.experiment.accession = "ENCSR000AAB";
        row.experiment.organ = ""; // stored as empty text, not NULL
        const QVariantList values = encode::app::exportValues(row);
        QVERIFY(values.at(column("target")).toString().isNull());
        QCOMPARE(values.at(column("target")).metaType().id(), QMetaType::QString);
        QVERIFY(values.at(column("organ")).toString().isEmpty());
        QVERIFY(!values.at(column("organ")).toString().isNull());
        QVERIFY(values.at(column("date_released")).toString().isNull());
        QCOMPARE(values.at(column("publication_count")).toInt(), 0);
        QVERIFY(values.at(column("pmids")).toString().isEmpty());
        QCOMPARE(values.at(column("tracked_at")).metaType().id(), QMetaType::QDateTime);
        QVERIFY(!values.at(column("tracked_at")).toDateTime().isValid());
        QVERIFY(!values.at(column("updated_at")).toDateTime().isValid());
        QCOMPARE(encode::app::exportText(values.at(column("tracked_at"))), QString());
    }

    void dateReleasedIsADateOnlyWhenItIsOne_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<bool>("isDate");
        QTest::newRow("ISO date") << "2016-01-07" << true;
        QTest::newRow("leap day") << "2016-02-29" << true;
        QTest::newRow("no such day") << "2016-02-30" << false;
        QTest::newRow("unpadded") << "2016-1-7" << false;
        QTest::newRow("date and time") << "2016-01-07T10:00:00" << false;
        QTest::newRow("words") << "not yet released" << false;
        QTest::newRow("empty") << "" << false;
    }

    void dateReleasedIsADateOnlyWhenItIsOne()
    {
        QFETCH(QString, stored);
        QFETCH(bool, isDate);
        ExperimentListRow row;
        row.experiment.dateReleased = stored;
        const QVariant value = encode::app::exportValues(row).at(column("date_released"));
        QCOMPARE(value.metaType().id(), isDate ? QMetaType::QDate : QMetaType::QString);
        // Either way the text form is exactly what was stored.
        QCOMPARE(encode::app::exportText(value), stored);
    }

    void textForm_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("text") << QVariant(QString("SEPT2")) << "SEPT2";
        QTest::newRow("null text") << QVariant(QString()) << "";
        QTest::newRow("no value") << QVariant() << "";
        QTest::newRow("count") << QVariant(12345) << "12345";
        QTest::newRow("zero") << QVariant(0) << "0";
        QTest::newRow("date") << QVariant(QDate(2026, 11, 24)) << "2026-11-24";
        QTest::newRow("invalid date") << QVariant(QDate()) << "";
        QTest::newRow("UTC date-time")
            << QVariant(QDateTime(QDate(2026, 11, 24), QTime(9, 36), Qt::UTC)) << "2026-11-24T09:36:00Z";
        QTest::newRow("offset date-time is shown in UTC")
            << QVariant(QDateTime(QDate(2026, 11, 24), QTime(10, 36), Qt::OffsetFromUTC, 3600))
            << "2026-11-24T09:36:00Z";
        QTest::newRow("invalid date-time") << QVariant(QDateTime()) << "";
    }

    void textForm()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, text);
        QCOMPARE(encode::app::exportText(value), text);
    }

    void textsFollowTheHeaders()
    {
        const QStringList texts = encode::app::exportTexts(fullRow());
        QCOMPARE(texts.size(), encode::app::exportHeaders().size());
        QCOMPARE(texts.at(column("date_released")), "2016-01-07");
        QCOMPARE(texts.at(column("publication_count")), "2");
        QCOMPARE(texts.at(column("tracked_at")), "2026-11-24T09:36:00Z");
        QCOMPARE(texts.at(column("updated_at")), "2026-11-24T09:37:00Z");
    }
};

QTEST_GUILESS_MAIN(TestExportColumns)
#include "tst_exportcolumns.moc"
