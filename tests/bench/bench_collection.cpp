// Listing and filtering a collection of 100,000 experiments, all in SQL.
#include "models/collection/CollectionRepository.h"
#include "models/itemmodels/CollectionTableModel.h"
#include "models/itemmodels/FilterChoices.h"
#include "models/database/Transaction.h"
#include "tests/support/TestCollection.h"

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
    timed("list --assay chip", [&] { return repository.list({.assay = "chip"}).value().size(); });
    timed("list --organism mus --organ liver", [&] { return repository.list({.organism = "mus", .organ = "liver"}).value().size(); });
    timed("list --assay 'no such assay'", [&] { return repository.list({.assay = "no such assay"}).value().size(); });
    // What the desktop table does: the ordered accessions of a filter, then one block of shown values.
    models::CollectionTableModel model(collection.database()->connection());
    timed("table: open (newest first)", [&] {
        model.reload();
        return static_cast<qsizetype>(model.rowCount());
    });
    timed("table: first screen of values", [&] {
        for (int row = 0; row < 40; ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                (void)model.index(row, column).data();
        return qsizetype(40);
    });
    timed("table: scroll to the middle (one block)", [&] {
        (void)model.index(model.rowCount() / 2, 1).data();
        return qsizetype(models::CollectionTableModel::blockSize);
    });
    timed("table: filter assay = TF ChIP-seq", [&] {
        model.setFilter({.match = models::CollectionFilter::Match::Exact, .assay = "TF ChIP-seq"});
        return static_cast<qsizetype>(model.rowCount());
    });
    timed("table: free text 'ENCSR500'", [&] {
        model.setFilter({.text = "ENCSR500"});
        return static_cast<qsizetype>(model.rowCount());
    });
    timed("table: sort by assay", [&] {
        model.setFilter({});
        model.sort(int(models::CollectionColumn::Assay), Qt::AscendingOrder);
        return static_cast<qsizetype>(model.rowCount());
    });
    timed("table: sort by audit severity", [&] {
        model.sort(int(models::CollectionColumn::Audit), Qt::DescendingOrder);
        return static_cast<qsizetype>(model.rowCount());
    });
    timed("filter drop-downs (assay, organism, organ choices)", [&] {
        const QSqlDatabase db = collection.database()->connection();
        return models::filterChoices(db, models::Grouping::Assay).value().size() + models::filterChoices(db, models::Grouping::Organism).value().size()
               + models::filterChoices(db, models::Grouping::Organ).value().size();
    });
    timed("details of one experiment", [&] {
        return static_cast<qsizetype>(repository.details(accessionNumber(count / 2)).value().has_value());
    });
    return 0;
}
