// The audit levels (spec section 2): their order, their names, what each means for display, and the
// per-level counts every table and comparison reads.
#include "models/experiment/AuditCounts.h"
#include "models/experiment/AuditLevel.h"

#include <QJsonDocument>
#include <QTest>

using namespace encode;
using models::AuditLevel;

class TestAuditLevel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void levelsAreOrderedMostSevereFirst()
    {
        const auto &levels = models::auditLevels();
        QStringList names;
        for (const AuditLevel level : levels)
            names.append(models::auditLevelName(level));
        QCOMPARE(names, QStringList({"ERROR", "NOT_COMPLIANT", "WARNING", "INTERNAL_ACTION"}));
        for (std::size_t i = 1; i < levels.size(); ++i) {
            QVERIFY(models::auditLevelNumber(levels.at(i - 1)) > models::auditLevelNumber(levels.at(i)));
            QVERIFY(models::auditSeverity(levels.at(i - 1)) > models::auditSeverity(levels.at(i)));
        }
        QCOMPARE(models::auditLevelNumber(AuditLevel::Error), 60); // the Portal's own "level"
        QCOMPARE(models::auditLevelNumber(AuditLevel::InternalAction), 30);
        QCOMPARE(models::auditSeverity(AuditLevel::InternalAction), 0); // never a badge
    }

    void onlyErrorAndNotCompliantAreSerious()
    {
        QVERIFY(models::isSeriousAuditLevel(AuditLevel::Error));
        QVERIFY(models::isSeriousAuditLevel(AuditLevel::NotCompliant));
        QVERIFY(!models::isSeriousAuditLevel(AuditLevel::Warning));
        QVERIFY(!models::isSeriousAuditLevel(AuditLevel::InternalAction));
    }

    void namesParseExactlyAndUnknownOnesAreNone()
    {
        for (const AuditLevel level : models::auditLevels())
            QCOMPARE(models::auditLevelNamed(models::auditLevelName(level)), level);
        QCOMPARE(models::auditLevelNamed(u"error"), std::nullopt); // the Portal's keys are capitals
        QCOMPARE(models::auditLevelNamed(u"NOT COMPLIANT"), std::nullopt);
        QCOMPARE(models::auditLevelNamed(u"DCC_ACTION"), std::nullopt);
        QCOMPARE(models::auditLevelNamed(u""), std::nullopt);
    }

    void labelsAndCaptions()
    {
        QCOMPARE(models::auditLevelLabel("ERROR"), "Error");
        QCOMPARE(models::auditLevelLabel("NOT_COMPLIANT"), "Not compliant");
        QCOMPARE(models::auditLevelLabel("INTERNAL_ACTION"), "Internal action");
        QCOMPARE(models::auditLevelLabel("DCC_ACTION"), "Dcc action"); // a level added later
        QCOMPARE(models::auditLevelLabel(""), "");
        QCOMPARE(models::auditLevelCaption(AuditLevel::NotCompliant), "NOT COMPLIANT");
    }

    void summaryTextListsFlaggedLevelsMostSevereFirst_data()
    {
        QTest::addColumn<QString>("summary"); // the audit_summary column
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("severity");
        QTest::newRow("error and warnings") << R"({"WARNING":2,"ERROR":1})" << "ERROR 1 · WARNING 2" << 3;
        QTest::newRow("all four") << R"({"INTERNAL_ACTION":4,"WARNING":3,"NOT_COMPLIANT":2,"ERROR":1})"
                                  << "ERROR 1 · NOT_COMPLIANT 2 · WARNING 3 · INTERNAL_ACTION 4" << 3;
        QTest::newRow("not compliant") << R"({"NOT_COMPLIANT":5})" << "NOT_COMPLIANT 5" << 2;
        QTest::newRow("warning") << R"({"WARNING":1})" << "WARNING 1" << 1;
        QTest::newRow("internal action only") << R"({"INTERNAL_ACTION":1})" << "INTERNAL_ACTION 1" << 0;
        QTest::newRow("zero counts") << R"({"ERROR":0})" << "" << 0;
        QTest::newRow("unknown level") << R"({"DCC_ACTION":3})" << "" << 0;
        QTest::newRow("empty") << "{}" << "" << 0;
        QTest::newRow("null column") << "" << "" << 0;
        QTest::newRow("not JSON") << "ERROR" << "" << 0;
    }

    void summaryTextListsFlaggedLevelsMostSevereFirst()
    {
        QFETCH(QString, summary);
        QFETCH(QString, text);
        QFETCH(int, severity);
        const models::AuditCounts counts = models::AuditCounts::fromSummary(summary);
        QCOMPARE(counts.summaryText(), text);
        QCOMPARE(counts.severity(), severity);
    }

    void countsFromRawMetadataAreOnePerFlag()
    {
        const QJsonObject audit = QJsonDocument::fromJson(R"({
            "ERROR": [{"category": "a"}, {"category": "b"}],
            "WARNING": [{"category": "c"}],
            "DCC_ACTION": [{"category": "d"}],
            "NOT_COMPLIANT": "not a list"})")
                                      .object();
        const models::AuditCounts counts = models::AuditCounts::fromAudit(audit);
        QCOMPARE(counts.count(AuditLevel::Error), 2);
        QCOMPARE(counts.count(AuditLevel::NotCompliant), 0);
        QCOMPARE(counts.count(AuditLevel::Warning), 1);
        QCOMPARE(counts.summaryText(), "ERROR 2 · WARNING 1");
    }
};

QTEST_GUILESS_MAIN(TestAuditLevel)
#include "tst_auditlevel.moc"
