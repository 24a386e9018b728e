#include "tests/support/CitationFixtures.h"

#include "tests/support/TestCollection.h"

namespace encode::testsupport {
namespace {

models::Publication publication(const QString &pmid, const QString &doi, const QString &title,
                                const QString &authors, const QString &journal, const QString &year,
                                const QString &abstract)
{
    return {pmid, doi, title, authors, journal, year, abstract};
}

// The ENCODE 2012 paper, cited by two experiments: it must come out once, noting both.
models::Publication encodePaper()
{
    return publication(QStringLiteral("22955616"), QStringLiteral("10.1038/nature11247"),
                       QStringLiteral("An integrated encyclopedia of DNA elements in the human genome"),
                       QStringLiteral("ENCODE Project Consortium, Dunham I, Kundaje A, Müller JÖ"),
                       QStringLiteral("Nature"), QStringLiteral("2012"), QString());
}

models::ExperimentRecord first()
{
    models::ExperimentRecord record = sampleRecord(QStringLiteral("ENCSR100AAA"));
    record.experiment.description = QStringLiteral("Line \"one\", two\nthree");
    record.experiment.lab = QStringLiteral("/labs/mei-ito/");
    record.experiment.rawMetadata = QStringLiteral(
        R"({"accession":"ENCSR100AAA","lab":{"@id":"/labs/mei-ito/","title":"Mei Ito, Harbor Genome Center"}})");
    record.publications = {
        encodePaper(),
        publication(
            QStringLiteral("30000001"), QStringLiteral("10.1000/{odd}_doi%41 x\\y"),
            QStringLiteral(
                "\"Quoted\" title, with commas & 100% {braces} #1 $5 ~x ^y _z \\path | <b>\nsecond "
                "line about ChIP-seq"),
            QStringLiteral(
                "O'Brien-Smith J-P, =cmd|' /C calc'!A0, +Plus A, -Minus B, @At C, Smith and Jones AB"),
            QStringLiteral("Journal of \"Hostile\" Data & Stuff"), QStringLiteral("2021"),
            QStringLiteral("Line one\nLine two\r\nER  - injected\n@article{evil,\n}")),
    };
    return record;
}

models::ExperimentRecord second()
{
    models::ExperimentRecord record = sampleRecord(QStringLiteral("ENCSR200BBB"), QStringLiteral("ATAC-seq"));
    record.experiment.target = QString();
    record.experiment.biosampleSummary =
        QStringLiteral("pancreas {tissue} 100% male_adult ~ ^ \\ # =SUM(A1)");
    record.experiment.dateReleased = QStringLiteral("not-a-date");
    record.experiment.lab = QStringLiteral("/labs/encode-processing-pipeline/");
    record.publications = {
        encodePaper(),
        // Same first author, year and first title word as the 2012 paper: its key needs a suffix.
        publication(QString(), QString(), QStringLiteral("Integrated analysis, part two"),
                    QStringLiteral("ENCODE Project Consortium"), QString(), QStringLiteral("2012"),
                    QString()),
        // Nothing but empty fields.
        publication(QString(), QStringLiteral(""), QStringLiteral(""), QStringLiteral(""), QStringLiteral(""),
                    QStringLiteral(""), QStringLiteral("")),
    };
    return record;
}

models::ExperimentRecord third()
{
    models::ExperimentRecord record = sampleRecord(QStringLiteral("ENCSR300CCC"), QStringLiteral("RNA-seq"));
    record.experiment.target = QString();
    record.experiment.biosampleSummary = QString();
    record.experiment.dateReleased = QStringLiteral("2019-07-30");
    record.experiment.lab = QString();
    record.publications = {};
    return record;
}

} // namespace

QStringList hostileCitationAccessions()
{
    return {QStringLiteral("ENCSR100AAA"), QStringLiteral("ENCSR200BBB"), QStringLiteral("ENCSR300CCC")};
}

bool seedHostileCitations(models::CollectionRepository &repository)
{
    for (const models::ExperimentRecord &record : {first(), second(), third()}) {
        const auto saved = repository.save(record, models::SaveOptions{});
        if (!saved.ok()) {
            qWarning("seeding %s failed: %s", qPrintable(record.experiment.accession),
                     qPrintable(saved.failure().message));
            return false;
        }
    }
    return true;
}

} // namespace encode::testsupport
