// `summary` and `compare` on a collection of 100,000 experiments. The collection is written with
// plain INSERTs in one transaction (seconds, instead of a minute of one-transaction-per-experiment
// saves); the rows, child rows and audit triggers are the same as tracking writes.
#include "models/compare/CompatibilityMatrix.h"
#include "models/database/Transaction.h"
#include "models/summary/CollectionSummary.h"
#include "tests/support/TestCollection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace encode;

namespace {

const QStringList assays{
    "TF ChIP-seq", "Histone ChIP-seq", "total RNA-seq", "ATAC-seq", "DNase-seq", "WGBS", ""};
const QStringList organisms{"Homo sapiens", "Mus musculus", "Drosophila melanogaster",
                            "Homo sapiens, Mus musculus"};
const QStringList organs{"liver", "brain", "blood, bodily fluid", "pancreas, endocrine gland", ""};
const QStringList assemblies{"GRCh38", "GRCh38, hg19", "mm10", "mm10, mm9", "dm6", ""};
const QStringList statuses{"released", "released", "released", "archived", "revoked"};

// ENCSR + three digits + three letters, distinct for i < 17,576,000 (as in bench_collection).
QString accessionNumber(int i)
{
    QString letters;
    for (int n = i / 1000, k = 0; k < 3; ++k, n /= 26)
        letters.prepend(QChar('A' + n % 26));
    return QStringLiteral("ENCSR%1").arg(i % 1000, 3, 10, QLatin1Char('0')) + letters;
}

void exec(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        qFatal("insert failed: %s", qPrintable(query.lastError().text()));
}

// Each experiment: a publication (PMIDs shared by ten experiments each), a reference; every hundredth
// names a derived file; every seventh has an ERROR audit. Some values are empty or NULL.
void generate(QSqlDatabase database, int count)
{
    models::Transaction transaction(database);
    QSqlQuery experiment(database), publication(database), reference(database), derived(database);
    experiment.prepare(
        "INSERT INTO tracked_experiments (accession, assay_title, target, biosample_summary, organism, "
        "organ, biosample_type, status, lab, assembly, raw_metadata, tracked_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    publication.prepare("INSERT INTO publications (experiment_accession, pmid, title) VALUES (?, ?, ?)");
    reference.prepare("INSERT INTO external_references (experiment_accession, reference_type, reference_id) "
                      "VALUES (?, 'geo_accession', ?)");
    derived.prepare("INSERT INTO derived_files (file_path, source_accessions, created_at) VALUES (?, ?, 1)");
    for (int i = 0; i < count; ++i) {
        const QString accession = accessionNumber(i);
        const QString target = i % 3 == 0 ? QString() : QStringLiteral("TARGET%1-human").arg(i % 400);
        const QString raw = i % 7 == 0 ? R"({"audit":{"ERROR":[{}],"WARNING":[{}]}})" : R"({"audit":{}})";
        exec(experiment,
             {accession, assays.at(i % assays.size()), target, "HepG2", organisms.at(i % organisms.size()),
              organs.at(i % organs.size()), i % 2 ? "cell line" : "tissue", statuses.at(i % statuses.size()),
              QStringLiteral("/labs/lab-%1/").arg(i % 60), assemblies.at(i % assemblies.size()), raw,
              double(i), double(i)});
        exec(publication, {accession, QString::number(30000000 + i / 10), "A title"});
        exec(reference, {accession, QStringLiteral("GSE%1").arg(i)});
        if (i % 100 == 0)
            exec(derived,
                 {QStringLiteral("/data/derived-%1.bed").arg(i), QStringLiteral("[\"%1\"]").arg(accession)});
    }
    if (!transaction.commit())
        qFatal("commit failed: %s", qPrintable(transaction.error()));
}

template <typename Work> void timed(const char *label, Work work)
{
    QElapsedTimer timer;
    timer.start();
    const long long result = work();
    std::printf("%-52s %8lld  %8.1f ms\n", label, result, timer.nsecsElapsed() / 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    testsupport::TestCollection collection;
    const QSqlDatabase database = collection.database()->connection();
    timed("generate (one transaction)", [&] {
        generate(database, count);
        return static_cast<long long>(count);
    });
    const auto summary = [&](const models::CollectionFilter &filter) {
        const auto result = models::summarizeCollection(database, filter);
        if (!result.ok())
            qFatal("summary failed: %s", qPrintable(result.failure().message));
        return static_cast<long long>(result.value().totalExperiments);
    };
    for (int run = 1; run <= 3; ++run) {
        std::printf("run %d\n", run);
        timed("summary (everything)", [&] { return summary({}); });
        timed("summary --assay chip", [&] { return summary({.assay = "chip"}); });
        timed("summary --organism mus --organ liver", [&] { return summary({.organism = "mus", .organ = "liver"}); });
        timed("summary --assay 'no such assay'", [&] { return summary({.assay = "no such assay"}); });
        // The window's Summary of a filtered Collection view passes the shown accessions.
        timed("summary of 50,000 listed accessions (window)", [&] {
            QStringList shown;
            for (int i = 0; i < count; i += 2)
                shown.append(accessionNumber(i));
            return summary({.accessions = shown});
        });
        timed("compare 20 experiments (190 pairs + subset)", [&] {
            QStringList accessions;
            for (int i = 0; i < 20; ++i)
                accessions.append(accessionNumber(i * 7));
            const auto loaded = models::loadComparedExperiments(collection.repository(), accessions);
            if (!loaded.ok())
                qFatal("compare failed: %s", qPrintable(loaded.failure().message));
            return static_cast<long long>(models::compareAll(loaded.value()).pairs.size());
        });
    }
    return 0;
}
