// Listing and filtering a collection of 100,000 experiments, all in SQL.
#include "collection/CollectionRepository.h"
#include "database/Transaction.h"
#include "support/TestCollection.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace encode;

namespace {

const QStringList assays{"TF ChIP-seq", "Histone ChIP-seq", "total RNA-seq", "ATAC-seq", "DNase-seq", "WGBS"};
const QStringList organisms{"Homo sapiens", "Mus musculus", "Drosophila melanogaster"};
const QStringList organs{"liver", "brain", "heart", "blood, bodily fluid", "pancreas"};

// ENCSR + three digits + three letters, distinct for i < 17,576,000.
QString accessionNumber(int i)
{
    QString letters;
    for (int n = i / 1000, k = 0; k < 3; ++k, n /= 26)
        letters.prepend(QChar('A' + n % 26));
    return QStringLiteral("ENCSR%1").arg(i % 1000, 3, 10, QLatin1Char('0')) + letters;
}

template <typename Work>
void timed(const char *label, Work work)
{
    QElapsedTimer timer;
    timer.start();
    const qsizetype rows = work();
    std::printf("%-46s %7lld rows  %7.1f ms\n", label, static_cast<long long>(rows), timer.nsecsElapsed() / 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    testsupport::TestCollection collection;
    models::CollectionRepository repository = collection.repository();

    timed("store (one transaction per experiment)", [&] {
        for (int i = 0; i < count; ++i) {
            models::ExperimentRecord record = testsupport::sampleRecord(
                accessionNumber(i),
                assays.at(i % assays.size()), organisms.at(i % organisms.size()), organs.at(i % organs.size()));
            models::SaveOptions options;
            options.now = i;
            if (!repository.save(record, options).ok())
                qFatal("save failed at %d", i);
        }
        return static_cast<qsizetype>(count);
    });
    timed("list everything", [&] { return repository.list({}).value().size(); });
    timed("list --assay chip", [&] { return repository.list({"chip", {}, {}, {}}).value().size(); });
    timed("list --organism mus --organ liver", [&] { return repository.list({{}, "mus", "liver", {}}).value().size(); });
    timed("list --assay 'no such assay'", [&] { return repository.list({"no such assay", {}, {}, {}}).value().size(); });
    timed("details of one experiment", [&] {
        return static_cast<qsizetype>(repository.details(accessionNumber(count / 2)).value().has_value());
    });
    return 0;
}
