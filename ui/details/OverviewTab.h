#pragma once

#include "ui/details/DetailsTab.h"

#include <QList>

class QFormLayout;
class QLabel;

namespace encode::ui {

class NotesEditor;

// Every stored field of the experiment, its links to the Portal and GEO, and the notes editor.
class OverviewTab final : public DetailsTab {
    Q_OBJECT
public:
    explicit OverviewTab(QWidget *parent = nullptr);

    void showDetails(const models::ExperimentDetails &details, const QJsonObject &rawMetadata) override;
    void clear() override;
    [[nodiscard]] QString title() const override;

Q_SIGNALS:
    void notesSaveRequested(const QString &accession, const QString &notes);

private:
    enum Field {
        Accession,
        Assay,
        Target,
        Biosample,
        BiosampleType,
        Organism,
        Organ,
        LifeStage,
        Status,
        Released,
        Description,
        Lab,
        Award,
        Assembly,
        ReplicationType,
        PortalPage,
        Geo,
        Tracked,
        Updated,
        FieldCount
    };

    void addField(Field field, const QString &name, const QString &label, bool linked = false);
    void setText(Field field, const QString &text, const QString &toolTip = {});
    void setHtml(Field field, const QString &html);

    QFormLayout *m_form = nullptr;
    QList<QLabel *> m_values;
    NotesEditor *m_notes = nullptr;
};

} // namespace encode::ui
