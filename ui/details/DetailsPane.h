#pragma once

#include "models/collection/CollectionRecords.h"

#include <QList>
#include <QUrl>
#include <QWidget>

class QStackedLayout;
class QTabWidget;

namespace encode::ui {

class AuditsTab;
class DetailsHeader;
class DetailsTab;
class OverviewTab;

// Everything the collection holds about one experiment, one tab per kind of record. It only shows:
// saving notes and opening links are requests the window carries out (widgets never touch the
// database, and tests catch the links instead of a browser opening).
class DetailsPane final : public QWidget {
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showExperiment(const models::ExperimentDetails &details);
    void showNothing();

    // The experiment shown, empty when none.
    [[nodiscard]] QString accession() const;

Q_SIGNALS:
    void notesSaveRequested(const QString &accession, const QString &notes);
    void referenceLinkRequested(const QString &accession, const QString &type, const QString &id,
                                const QString &description);
    void referenceUnlinkRequested(const QString &accession, const QString &type, const QString &id);
    void openUrlRequested(const QUrl &url);

private:
    void addTab(DetailsTab *tab);
    void updateTabTitles();

    QString m_accession;
    QStackedLayout *m_stack = nullptr;
    DetailsHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewTab *m_overview = nullptr;
    AuditsTab *m_audits = nullptr;
    QList<DetailsTab *> m_tabList;
};

} // namespace encode::ui
