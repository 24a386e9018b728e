#include "ui/details/OverviewTab.h"

#include "ui/details/NotesEditor.h"
#include "models/references/ReferenceUrls.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

namespace encode::ui {
namespace {

// Lab and award are stored as "@id" paths; raw_metadata holds the names people know them by.
struct Named {
    QString text;
    QString path;
};

Named labName(const QString &storedPath, const QJsonObject &raw)
{
    const QJsonObject lab = raw.value(QLatin1String("lab")).toObject();
    const QString title = lab.value(QLatin1String("title")).toString();
    return {title.isEmpty() ? storedPath : title, storedPath};
}

Named awardName(const QString &storedPath, const QJsonObject &raw)
{
    const QJsonObject award = raw.value(QLatin1String("award")).toObject();
    const QString title = award.value(QLatin1String("title")).toString();
    const QString name = award.value(QLatin1String("name")).toString();
    // People cite a grant by its number, so keep it next to the title.
    if (!title.isEmpty() && !name.isEmpty())
        return {QStringLiteral("%1 (%2)").arg(title, name), storedPath};
    if (!title.isEmpty() || !name.isEmpty())
        return {title.isEmpty() ? name : title, storedPath};
    return {storedPath, storedPath};
}

QString localTime(double secondsSinceEpoch)
{
    if (secondsSinceEpoch <= 0)
        return {};
    const QDateTime time =
        QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(secondsSinceEpoch * 1000.0)).toLocalTime();
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString utcTime(double secondsSinceEpoch)
{
    if (secondsSinceEpoch <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(secondsSinceEpoch * 1000.0), QTimeZone::utc())
        .toString(Qt::ISODate);
}

} // namespace

OverviewTab::OverviewTab(QWidget *parent)
    : DetailsTab(parent)
    , m_form(new QFormLayout)
    , m_notes(new NotesEditor(this))
{
    setObjectName(QStringLiteral("overviewTab"));
    m_values.resize(FieldCount);
    addField(Accession, QStringLiteral("accession"), tr("Accession"));
    addField(Assay, QStringLiteral("assay"), tr("Assay"));
    addField(Target, QStringLiteral("target"), tr("Target"));
    addField(Biosample, QStringLiteral("biosample"), tr("Biosample"));
    addField(BiosampleType, QStringLiteral("biosampleType"), tr("Biosample type"));
    addField(Organism, QStringLiteral("organism"), tr("Organism"));
    addField(Organ, QStringLiteral("organ"), tr("Organ"));
    addField(LifeStage, QStringLiteral("lifeStage"), tr("Life stage"));
    addField(Status, QStringLiteral("status"), tr("Status"));
    addField(Released, QStringLiteral("released"), tr("Released"));
    addField(Description, QStringLiteral("description"), tr("Description"));
    addField(Lab, QStringLiteral("lab"), tr("Lab"));
    addField(Award, QStringLiteral("award"), tr("Award"));
    addField(Assembly, QStringLiteral("assembly"), tr("Assembly"));
    addField(ReplicationType, QStringLiteral("replicationType"), tr("Replication"));
    addField(PortalPage, QStringLiteral("portalPage"), tr("Portal page"), true);
    addField(Geo, QStringLiteral("geo"), tr("GEO"), true);
    addField(Tracked, QStringLiteral("tracked"), tr("Tracked"));
    addField(Updated, QStringLiteral("updated"), tr("Updated"));
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *notesTitle = new QLabel(tr("<b>Notes</b>"), this);
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(m_form);
    layout->addSpacing(8);
    layout->addWidget(notesTitle);
    layout->addWidget(m_notes, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    setContent(scroll, QString());

    connect(m_notes, &NotesEditor::saveRequested, this, &OverviewTab::notesSaveRequested);
}

QString OverviewTab::title() const
{
    return tr("Overview");
}

void OverviewTab::addField(Field field, const QString &name, const QString &label, bool linked)
{
    auto *value = new QLabel(this);
    value->setObjectName(QStringLiteral("overview_") + name);
    value->setWordWrap(true);
    if (linked) {
        forwardLinks(value);
    } else {
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_values[field] = value;
    m_form->addRow(label + QLatin1Char(':'), value);
}

void OverviewTab::setText(Field field, const QString &text, const QString &toolTip)
{
    QLabel *value = m_values.at(field);
    // An absent property is shown as a dash in the placeholder colour, so it does not read as data.
    value->setForegroundRole(text.isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
    value->setText(text.isEmpty() ? QStringLiteral("—") : text);
    value->setToolTip(toolTip);
}

void OverviewTab::setHtml(Field field, const QString &html)
{
    QLabel *value = m_values.at(field);
    if (html.isEmpty()) {
        value->setTextFormat(Qt::PlainText);
        setText(field, {});
        return;
    }
    value->setTextFormat(Qt::RichText);
    value->setForegroundRole(QPalette::WindowText);
    value->setText(html);
}

void OverviewTab::showDetails(const models::ExperimentDetails &details, const QJsonObject &rawMetadata)
{
    const models::TrackedExperiment &e = details.experiment;
    setText(Accession, e.accession);
    setText(Assay, e.assayTitle);
    setText(Target, e.target);
    setText(Biosample, e.biosampleSummary);
    setText(BiosampleType, e.biosampleType);
    setText(Organism, e.organism);
    setText(Organ, e.organ);
    setText(LifeStage, e.lifeStage);
    setText(Status, e.status);
    setText(Released, e.dateReleased);
    setText(Description, e.description);
    const Named lab = labName(e.lab, rawMetadata);
    setText(Lab, lab.text, lab.path);
    const Named award = awardName(e.award, rawMetadata);
    setText(Award, award.text, award.path);
    setText(Assembly, e.assembly);
    setText(ReplicationType, e.replicationType);

    const QUrl portalPage(e.url, QUrl::StrictMode);
    setHtml(PortalPage, portalPage.isValid() && !e.url.isEmpty() ? linkHtml(portalPage, e.url) : QString());
    QStringList geoLinks;
    for (const models::ExternalReference &reference : details.externalReferences) {
        if (reference.type == QLatin1String("geo_accession"))
            geoLinks.append(linkHtml(models::geoUrl(reference.id), reference.id));
    }
    setHtml(Geo, geoLinks.join(QLatin1String(", ")));

    setText(Tracked, localTime(e.trackedAt), utcTime(e.trackedAt));
    setText(Updated, localTime(e.updatedAt), utcTime(e.updatedAt));
    m_notes->setNotes(e.accession, e.notes);
    setEmpty(false);
}

void OverviewTab::clear()
{
    for (int field = 0; field < FieldCount; ++field) {
        m_values.at(field)->setTextFormat(Qt::PlainText);
        setText(static_cast<Field>(field), {});
    }
    m_notes->clear();
}

} // namespace encode::ui
