#pragma once

#include "models/collection/CollectionFilter.h"
#include "models/itemmodels/FilterChoices.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace encode::ui {

// Quick filters above the collection table: assay, organism and organ drop-downs filled from the
// data (with counts), free text over accession, target, biosample, description and notes, and the
// value of a bar clicked in the Summary.
class FilterBar final : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setChoices(const QList<models::FilterChoice> &assays, const QList<models::FilterChoice> &organisms,
                    const QList<models::FilterChoice> &organs);
    [[nodiscard]] models::CollectionFilter filter() const;
    void clear();
    void focusText();
    // Narrows to one value of a grouping (a Summary bar, shown as "Lab: value"); nullopt removes it.
    void setGroupFilter(const std::optional<models::GroupValue> &group);

Q_SIGNALS:
    void filterChanged(const models::CollectionFilter &filter);

private:
    void emitSoon();

    QComboBox *m_assay;
    QComboBox *m_organism;
    QComboBox *m_organ;
    QLineEdit *m_text;
    QToolButton *m_clear;
    QToolButton *m_group;
    std::optional<models::GroupValue> m_groupValue;
    QTimer m_typingPause; // filters after a short pause in typing, not on every key
};

} // namespace encode::ui
