#include "tests/support/PortalFixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QUuid>

#ifndef ENCODE_TEST_DATA_DIR
#error "ENCODE_TEST_DATA_DIR must be defined as the absolute path of tests/data"
#endif

namespace encode::testsupport {

namespace {

// Namespace for the name-based (v5) uuids of generated objects: the same accession always gets the same
// uuids.
const QUuid kGeneratedNamespace(QStringLiteral("5ac28f39-bce3-406b-a552-8ce7d7114adb"));

struct Step {
    QString label;
    QString title;
};

// Must agree with tests/data/portal/pipelines/*.json (tst_fakeportal checks that it does).
struct Pipeline {
    QString accession;
    QString title;
    int version;
    QString assay;
    QList<Step> steps;
};

const QList<Pipeline> &pipelines()
{
    static const QList<Pipeline> all{
        {QStringLiteral("ENCPL001AAA"),
         QStringLiteral("TF ChIP-seq alignment and filtering"),
         2,
         QStringLiteral("ChIP-seq"),
         {{QStringLiteral("tf-chip-align-step"), QStringLiteral("TF ChIP-seq read alignment")},
          {QStringLiteral("tf-chip-filter-step"), QStringLiteral("TF ChIP-seq alignment filtering")}}},
        {QStringLiteral("ENCPL002BBB"),
         QStringLiteral("TF ChIP-seq peak calling and IDR"),
         1,
         QStringLiteral("ChIP-seq"),
         {{QStringLiteral("tf-peak-call-step"), QStringLiteral("TF ChIP-seq peak calling")},
          {QStringLiteral("tf-idr-step"), QStringLiteral("TF ChIP-seq IDR thresholding")}}},
        {QStringLiteral("ENCPL003CCC"),
         QStringLiteral("Bulk RNA-seq alignment and quantification"),
         3,
         QStringLiteral("RNA-seq"),
         {{QStringLiteral("bulk-rna-align-step"), QStringLiteral("Bulk RNA-seq alignment")},
          {QStringLiteral("bulk-rna-quant-step"), QStringLiteral("Bulk RNA-seq quantification")},
          {QStringLiteral("bulk-rna-signal-step"), QStringLiteral("Bulk RNA-seq signal generation")}}},
    };
    return all;
}

enum class TargetKind { None, TranscriptionFactor, Histone };

struct Assay {
    QString title;
    QString termName;
    TargetKind target;
    int alignmentPipeline; // index into pipelines()
    int alignmentStep;     // the step of that pipeline that writes the bam files
    int outputPipeline;    // pipeline of the third file
    int outputStep;
    QString outputFormat;
    QString outputType;
};

struct Biosample {
    QString termName;
    QString termId;
    QString classification;
    QStringList organSlims;
    QString summary;
    bool mouse;
    QString lifeStage;
    QString ageDisplay;
};

struct Lab {
    QString name;
    QString title;
};

struct Award {
    QString name;
    QString rfa;
};

const QList<Assay> &assays()
{
    static const QList<Assay> all{
        {QStringLiteral("TF ChIP-seq"), QStringLiteral("ChIP-seq"), TargetKind::TranscriptionFactor, 0, 1, 1,
         1, QStringLiteral("bed"), QStringLiteral("conservative IDR thresholded peaks")},
        {QStringLiteral("Histone ChIP-seq"), QStringLiteral("ChIP-seq"), TargetKind::Histone, 0, 1, 1, 1,
         QStringLiteral("bed"), QStringLiteral("replicated peaks")},
        {QStringLiteral("total RNA-seq"), QStringLiteral("RNA-seq"), TargetKind::None, 2, 0, 2, 1,
         QStringLiteral("tsv"), QStringLiteral("gene quantifications")},
        {QStringLiteral("ATAC-seq"), QStringLiteral("ATAC-seq"), TargetKind::None, 0, 1, 0, 1,
         QStringLiteral("bigWig"), QStringLiteral("fold change over control")},
    };
    return all;
}

const QList<Biosample> &biosamples()
{
    static const QList<Biosample> all{
        {QStringLiteral("HepG2"),
         QStringLiteral("EFO:0001187"),
         QStringLiteral("cell line"),
         {QStringLiteral("liver"), QStringLiteral("epithelium")},
         QStringLiteral("HepG2"),
         false,
         QStringLiteral("child"),
         QStringLiteral("15 years")},
        {QStringLiteral("K562"),
         QStringLiteral("EFO:0002067"),
         QStringLiteral("cell line"),
         {QStringLiteral("bone marrow"), QStringLiteral("blood")},
         QStringLiteral("K562"),
         false,
         QStringLiteral("adult"),
         QStringLiteral("53 years")},
        {QStringLiteral("liver"),
         QStringLiteral("UBERON:0002107"),
         QStringLiteral("tissue"),
         {QStringLiteral("liver")},
         QStringLiteral("Mus musculus strain C57BL/6 liver tissue male adult (8 weeks)"),
         true,
         QStringLiteral("adult"),
         QStringLiteral("8 weeks")},
        {QStringLiteral("GM12878"),
         QStringLiteral("EFO:0002784"),
         QStringLiteral("cell line"),
         {QStringLiteral("blood"), QStringLiteral("bodily fluid")},
         QStringLiteral("GM12878"),
         false,
         QStringLiteral("adult"),
         QStringLiteral("36 years")},
        {QStringLiteral("heart left ventricle"),
         QStringLiteral("UBERON:0002084"),
         QStringLiteral("tissue"),
         {QStringLiteral("heart")},
         QStringLiteral("Homo sapiens heart left ventricle tissue female adult (51 years)"),
         false,
         QStringLiteral("adult"),
         QStringLiteral("51 years")},
    };
    return all;
}

QString uuidFor(const QString &name)
{
    return QUuid::createUuidV5(kGeneratedNamespace, name).toString(QUuid::WithoutBraces);
}

// Object frame, as embedded under files[].analysis_step_version.analysis_step.pipelines[].
QJsonObject pipelineObject(const Pipeline &pipeline)
{
    QJsonArray steps;
    for (const Step &step : pipeline.steps) {
        steps.append(QStringLiteral("/analysis-steps/%1-v-1/").arg(step.label));
    }
    return {
        {QStringLiteral("@id"), QStringLiteral("/pipelines/%1/").arg(pipeline.accession)},
        {QStringLiteral("@type"), QJsonArray{QStringLiteral("Pipeline"), QStringLiteral("Item")}},
        {QStringLiteral("accession"), pipeline.accession},
        {QStringLiteral("title"), pipeline.title},
        {QStringLiteral("pipeline_version"), pipeline.version},
        {QStringLiteral("status"), QStringLiteral("released")},
        {QStringLiteral("analysis_steps"), steps},
        {QStringLiteral("assay_term_names"), QJsonArray{pipeline.assay}},
        {QStringLiteral("lab"), QStringLiteral("/labs/encode-processing-pipeline/")},
    };
}

QJsonObject analysisStepVersion(const Pipeline &pipeline, const Step &step)
{
    const QJsonObject analysisStep{
        {QStringLiteral("@id"), QStringLiteral("/analysis-steps/%1-v-1/").arg(step.label)},
        {QStringLiteral("@type"), QJsonArray{QStringLiteral("AnalysisStep"), QStringLiteral("Item")}},
        {QStringLiteral("step_label"), step.label},
        {QStringLiteral("title"), step.title},
        {QStringLiteral("major_version"), 1},
        {QStringLiteral("status"), QStringLiteral("released")},
        {QStringLiteral("pipelines"), QJsonArray{pipelineObject(pipeline)}},
    };
    return {
        {QStringLiteral("@id"), QStringLiteral("/analysis-step-versions/%1-v-1-0/").arg(step.label)},
        {QStringLiteral("@type"), QJsonArray{QStringLiteral("AnalysisStepVersion"), QStringLiteral("Item")}},
        {QStringLiteral("minor_version"), 0},
        {QStringLiteral("status"), QStringLiteral("released")},
        {QStringLiteral("analysis_step"), analysisStep},
    };
}

QJsonObject qualityMetric(const QString &kind, const QString &collection, const QString &fileAccession,
                          const QString &assayTermName, QJsonObject values)
{
    const QString uuid = uuidFor(fileAccession + QLatin1Char('/') + kind);
    values.insert(QStringLiteral("@id"), QStringLiteral("/%1/%2/").arg(collection, uuid));
    values.insert(QStringLiteral("@type"),
                  QJsonArray{kind, QStringLiteral("QualityMetric"), QStringLiteral("Item")});
    values.insert(QStringLiteral("uuid"), uuid);
    values.insert(QStringLiteral("status"), QStringLiteral("released"));
    values.insert(QStringLiteral("assay_term_name"), assayTermName);
    values.insert(QStringLiteral("quality_metric_of"),
                  QJsonArray{QStringLiteral("/files/%1/").arg(fileAccession)});
    values.insert(
        QStringLiteral("step_run"),
        QStringLiteral("/analysis-step-runs/%1/").arg(uuidFor(fileAccession + QStringLiteral("/run"))));
    return values;
}

// The metrics a file of this kind carries; key names with spaces and "%" strings, as on the Portal.
QJsonArray metricsFor(const Assay &assay, const QString &fileAccession, bool alignment, int variant)
{
    const QString percent = QStringLiteral("%1.%2%").arg(80 + variant % 17).arg(10 + variant % 89);
    if (alignment && assay.termName == u"RNA-seq") {
        return {qualityMetric(QStringLiteral("StarQualityMetric"), QStringLiteral("star-quality-metrics"),
                              fileAccession, assay.termName,
                              {{QStringLiteral("Uniquely mapped reads %"), percent},
                               {QStringLiteral("Number of input reads"), 20000000 + variant * 1013},
                               {QStringLiteral("Average mapped length"), 198.4}})};
    }
    if (alignment) {
        return {qualityMetric(QStringLiteral("SamtoolsFlagstatsQualityMetric"),
                              QStringLiteral("samtools-flagstats-quality-metrics"), fileAccession,
                              assay.termName,
                              {{QStringLiteral("mapped"), 30000000 + variant * 977},
                               {QStringLiteral("mapped_pct"), percent},
                               {QStringLiteral("total"), 36000000 + variant * 977},
                               {QStringLiteral("duplicates"), 0}}),
                qualityMetric(QStringLiteral("ChipAlignmentSamstatQualityMetric"),
                              QStringLiteral("chip-alignment-samstat-quality-metrics"), fileAccession,
                              assay.termName,
                              {{QStringLiteral("total_reads"), 36000000 + variant * 977},
                               {QStringLiteral("mapped_reads"), 30000000 + variant * 977},
                               {QStringLiteral("pct_mapped_reads"), 83.3}})};
    }
    if (assay.termName == u"RNA-seq") {
        return {qualityMetric(QStringLiteral("GeneQuantificationQualityMetric"),
                              QStringLiteral("gene-quantification-quality-metrics"), fileAccession,
                              assay.termName,
                              {{QStringLiteral("number_of_genes_detected"), 14000 + variant % 900}})};
    }
    if (assay.termName == u"ChIP-seq") {
        return {qualityMetric(QStringLiteral("ChipReplicationQualityMetric"),
                              QStringLiteral("chip-replication-quality-metrics"), fileAccession,
                              assay.termName,
                              {{QStringLiteral("rescue_ratio"), 1.12},
                               {QStringLiteral("self_consistency_ratio"), 1.31},
                               {QStringLiteral("reproducible_peaks"), 40000 + variant}})};
    }
    return {};
}

QJsonObject file(const QString &accession, const QString &experimentAccession, const QString &format,
                 const QString &outputType, int replicate, const QString &assembly,
                 const QJsonObject &stepVersion, const QJsonArray &metrics)
{
    return {
        {QStringLiteral("@id"), QStringLiteral("/files/%1/").arg(accession)},
        {QStringLiteral("@type"), QJsonArray{QStringLiteral("File"), QStringLiteral("Item")}},
        {QStringLiteral("accession"), accession},
        {QStringLiteral("dataset"), QStringLiteral("/experiments/%1/").arg(experimentAccession)},
        {QStringLiteral("file_format"), format},
        {QStringLiteral("file_type"), format},
        {QStringLiteral("output_type"), outputType},
        {QStringLiteral("assembly"), assembly},
        {QStringLiteral("status"), QStringLiteral("released")},
        {QStringLiteral("biological_replicates"), QJsonArray{replicate}},
        {QStringLiteral("technical_replicates"), QJsonArray{QStringLiteral("%1_1").arg(replicate)}},
        {QStringLiteral("href"), QStringLiteral("/files/%1/@@download/%1.%2").arg(accession, format)},
        {QStringLiteral("md5sum"), uuidFor(accession).remove(QLatin1Char('-'))},
        {QStringLiteral("file_size"), 1048576 + replicate * 4096},
        {QStringLiteral("analysis_step_version"), stepVersion},
        {QStringLiteral("quality_metrics"), metrics},
    };
}

QJsonObject organismObject(bool mouse)
{
    return mouse ? QJsonObject{{QStringLiteral("@id"), QStringLiteral("/organisms/mouse/")},
                               {QStringLiteral("name"), QStringLiteral("mouse")},
                               {QStringLiteral("scientific_name"), QStringLiteral("Mus musculus")},
                               {QStringLiteral("taxon_id"), QStringLiteral("10090")}}
                 : QJsonObject{{QStringLiteral("@id"), QStringLiteral("/organisms/human/")},
                               {QStringLiteral("name"), QStringLiteral("human")},
                               {QStringLiteral("scientific_name"), QStringLiteral("Homo sapiens")},
                               {QStringLiteral("taxon_id"), QStringLiteral("9606")}};
}

QJsonObject replicate(const QString &experimentAccession, int number, const Biosample &biosample)
{
    const QString biosampleAccession = QStringLiteral("ENCBS%1").arg(experimentAccession.mid(5, 3)) +
                                       QChar(u'A' + number) + experimentAccession.right(2);
    const QJsonObject organism = organismObject(biosample.mouse);
    const QJsonObject library{
        {QStringLiteral("@id"), QStringLiteral("/libraries/ENCLB%1/").arg(biosampleAccession.mid(5))},
        {QStringLiteral("nucleic_acid_term_name"), QStringLiteral("DNA")},
        {QStringLiteral("biosample"),
         QJsonObject{
             {QStringLiteral("@id"), QStringLiteral("/biosamples/%1/").arg(biosampleAccession)},
             {QStringLiteral("accession"), biosampleAccession},
             {QStringLiteral("organism"), organism},
             {QStringLiteral("donor"),
              QJsonObject{{QStringLiteral("@id"),
                           QStringLiteral("/%1-donors/ENCDO%2/")
                               .arg(biosample.mouse ? QStringLiteral("mouse") : QStringLiteral("human"),
                                    biosampleAccession.mid(5))},
                          {QStringLiteral("organism"), organism}}},
             {QStringLiteral("life_stage"), biosample.lifeStage},
             {QStringLiteral("age_display"), biosample.ageDisplay},
             {QStringLiteral("summary"), biosample.summary},
         }},
    };
    return {
        {QStringLiteral("@id"),
         QStringLiteral("/replicates/%1/").arg(uuidFor(experimentAccession + QString::number(number)))},
        {QStringLiteral("@type"), QJsonArray{QStringLiteral("Replicate"), QStringLiteral("Item")}},
        {QStringLiteral("biological_replicate_number"), number},
        {QStringLiteral("technical_replicate_number"), 1},
        {QStringLiteral("status"), QStringLiteral("released")},
        {QStringLiteral("library"), library},
    };
}

} // namespace

QString fixtureDirectory()
{
    return QStringLiteral(ENCODE_TEST_DATA_DIR) + QStringLiteral("/portal");
}

QJsonObject readFixture(const QString &relativePath)
{
    QFile file(fixtureDirectory() + QLatin1Char('/') + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

models::LinkedObjects allFixtureObjects()
{
    models::LinkedObjects linked;
    QDirIterator it(fixtureDirectory(), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        if (object.contains(QStringLiteral("@id")))
            linked.insert(object.value(QStringLiteral("@id")).toString(), object);
    }
    return linked;
}

QString sharedPublicationId()
{
    return QStringLiteral("/publications/de6a6818-ba34-4ac9-8318-60c72138c267/");
}

QStringList sharedPipelineIds()
{
    QStringList ids;
    for (const Pipeline &pipeline : pipelines()) {
        ids.append(QStringLiteral("/pipelines/%1/").arg(pipeline.accession));
    }
    return ids;
}

QJsonObject generatedExperiment(const QString &accession, int variant)
{
    const int v = variant < 0 ? -variant : variant;
    const Assay &assay = assays().at(v % assays().size());
    const Biosample &biosample = biosamples().at(v % biosamples().size());
    static const QList<Lab> labs{
        {QStringLiteral("avery-lindqvist"), QStringLiteral("Avery Lindqvist, Example Institute")},
        {QStringLiteral("tomas-okafor"), QStringLiteral("Tomas Okafor, Northfield University")},
        {QStringLiteral("mei-ito"), QStringLiteral("Mei Ito, Harbor Genome Center")},
    };
    static const QList<Award> awards{{QStringLiteral("U54HG900001"), QStringLiteral("ENCODE3")},
                                     {QStringLiteral("UM1HG900002"), QStringLiteral("ENCODE4")}};
    const Lab &lab = labs.at(v % labs.size());
    const Award &award = awards.at(v % awards.size());
    const QString id = QStringLiteral("/experiments/%1/").arg(accession);

    QJsonArray assembly;
    if (biosample.mouse) {
        assembly = {QStringLiteral("mm10")};
    } else if (v % 2 == 0) {
        assembly = {QStringLiteral("GRCh38"), QStringLiteral("hg19")};
    } else {
        assembly = {QStringLiteral("GRCh38")};
    }
    const QString fileAssembly = assembly.first().toString();

    // Two alignment files (one per replicate) and one output file; accessions derived from the experiment's.
    const auto fileAccession = [&accession](int index) -> QString {
        return QStringLiteral("ENCFF%1").arg(accession.mid(5, 3)) + QChar(u'A' + index) + accession.right(2);
    };
    const Pipeline &alignmentPipeline = pipelines().at(assay.alignmentPipeline);
    const Pipeline &outputPipeline = pipelines().at(assay.outputPipeline);
    const QJsonObject alignmentStep =
        analysisStepVersion(alignmentPipeline, alignmentPipeline.steps.at(assay.alignmentStep));
    const QJsonObject outputStep =
        analysisStepVersion(outputPipeline, outputPipeline.steps.at(assay.outputStep));
    QJsonArray files;
    for (int rep = 1; rep <= 2; ++rep) {
        files.append(file(fileAccession(rep - 1), accession, QStringLiteral("bam"),
                          QStringLiteral("alignments"), rep, fileAssembly, alignmentStep,
                          metricsFor(assay, fileAccession(rep - 1), true, v)));
    }
    files.append(file(fileAccession(2), accession, assay.outputFormat, assay.outputType, 1, fileAssembly,
                      outputStep, metricsFor(assay, fileAccession(2), false, v)));

    const QJsonObject ontology{
        {QStringLiteral("@id"),
         QStringLiteral("/biosample-types/%1_%2/")
             .arg(QString(biosample.classification).replace(QLatin1Char(' '), QLatin1Char('_')),
                  QString(biosample.termId).replace(QLatin1Char(':'), QLatin1Char('_')))},
        {QStringLiteral("@type"), QJsonArray{QStringLiteral("BiosampleType"), QStringLiteral("Item")}},
        {QStringLiteral("term_name"), biosample.termName},
        {QStringLiteral("term_id"), biosample.termId},
        {QStringLiteral("classification"), biosample.classification},
        {QStringLiteral("organ_slims"), QJsonArray::fromStringList(biosample.organSlims)},
    };

    QJsonObject experiment{
        {QStringLiteral("@id"), id},
        {QStringLiteral("@type"),
         QJsonArray{QStringLiteral("Experiment"), QStringLiteral("Dataset"), QStringLiteral("Item")}},
        {QStringLiteral("@context"), QStringLiteral("/terms/")},
        {QStringLiteral("uuid"), uuidFor(accession)},
        {QStringLiteral("accession"), accession},
        {QStringLiteral("alternate_accessions"), QJsonArray{}},
        {QStringLiteral("assay_title"), assay.title},
        {QStringLiteral("assay_term_name"), assay.termName},
        {QStringLiteral("biosample_summary"), biosample.summary},
        {QStringLiteral("biosample_ontology"), ontology},
        {QStringLiteral("replicates"),
         QJsonArray{replicate(accession, 1, biosample), replicate(accession, 2, biosample)}},
        {QStringLiteral("status"), QStringLiteral("released")},
        {QStringLiteral("date_released"), QStringLiteral("2016-%1-%2")
                                              .arg(v % 12 + 1, 2, 10, QLatin1Char('0'))
                                              .arg(v % 28 + 1, 2, 10, QLatin1Char('0'))},
        {QStringLiteral("description"), QStringLiteral("%1 of %2 (generated test experiment, variant %3)")
                                            .arg(assay.title, biosample.termName)
                                            .arg(v)},
        {QStringLiteral("lab"),
         QJsonObject{{QStringLiteral("@id"), QStringLiteral("/labs/%1/").arg(lab.name)},
                     {QStringLiteral("name"), lab.name},
                     {QStringLiteral("title"), lab.title}}},
        {QStringLiteral("award"),
         QJsonObject{{QStringLiteral("@id"), QStringLiteral("/awards/%1/").arg(award.name)},
                     {QStringLiteral("name"), award.name},
                     {QStringLiteral("project"), QStringLiteral("ENCODE")},
                     {QStringLiteral("rfa"), award.rfa}}},
        {QStringLiteral("assembly"), assembly},
        {QStringLiteral("replication_type"),
         biosample.mouse ? QStringLiteral("anisogenic") : QStringLiteral("isogenic")},
        {QStringLiteral("dbxrefs"), QJsonArray{QStringLiteral("GEO:GSE%1").arg(200000 + v)}},
        {QStringLiteral("references"), v % 3 == 0 ? QJsonArray{sharedPublicationId()} : QJsonArray{}},
        {QStringLiteral("files"), files},
        {QStringLiteral("documents"), QJsonArray{}},
    };

    if (assay.target != TargetKind::None) {
        static const QStringList factors{QStringLiteral("CTCF"), QStringLiteral("REST"),
                                         QStringLiteral("YY1"), QStringLiteral("MAX"),
                                         QStringLiteral("JUND")};
        static const QStringList marks{QStringLiteral("H3K27ac"), QStringLiteral("H3K4me3"),
                                       QStringLiteral("H3K36me3"), QStringLiteral("H3K27me3")};
        const bool histone = assay.target == TargetKind::Histone;
        const QString label = histone ? marks.at(v % marks.size()) : factors.at(v % factors.size());
        const QString name = label + (biosample.mouse ? QStringLiteral("-mouse") : QStringLiteral("-human"));
        experiment.insert(
            QStringLiteral("target"),
            QJsonObject{
                {QStringLiteral("@id"), QStringLiteral("/targets/%1/").arg(name)},
                {QStringLiteral("@type"), QJsonArray{QStringLiteral("Target"), QStringLiteral("Item")}},
                {QStringLiteral("label"), label},
                {QStringLiteral("name"), name},
                {QStringLiteral("title"),
                 QStringLiteral("%1 (%2)").arg(label, biosample.mouse ? QStringLiteral("Mus musculus")
                                                                      : QStringLiteral("Homo sapiens"))},
                {QStringLiteral("investigated_as"), histone
                                                        ? QJsonArray{QStringLiteral("histone")}
                                                        : QJsonArray{QStringLiteral("transcription factor")}},
                {QStringLiteral("organism"), organismObject(biosample.mouse)},
            });
    }

    QJsonObject audit;
    if (v % 2 == 1) {
        audit.insert(
            QStringLiteral("WARNING"),
            QJsonArray{QJsonObject{
                {QStringLiteral("category"), QStringLiteral("low read depth")},
                {QStringLiteral("detail"),
                 QStringLiteral("Alignment file {%1|/files/%1/} has fewer usable reads than recommended.")
                     .arg(fileAccession(0))},
                {QStringLiteral("level"), 40},
                {QStringLiteral("level_name"), QStringLiteral("WARNING")},
                {QStringLiteral("name"), QStringLiteral("audit_experiment")},
                {QStringLiteral("path"), id},
            }});
    }
    experiment.insert(QStringLiteral("audit"), audit);
    return experiment;
}

} // namespace encode::testsupport
