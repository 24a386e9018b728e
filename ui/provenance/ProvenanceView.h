#pragma once

#include "models/core/Result.h"
#include "models/provenance/ProvenanceGraph.h"

#include <QWidget>

#include <memory>

class QGraphicsView;
class QLabel;
class QLineEdit;
class QTextBrowser;

namespace encode::models {
class CollectionDatabase;
}

namespace encode::ui {

class ProvenanceScene;
class UserPrompts;

// Which ENCODE data each derived file was made from: the chain of one file back to ENCODE, what
// descends from an experiment, or the whole collection, drawn as a layered graph. Click a box for its
// details; zoom (Ctrl+wheel, buttons) and pan (drag); export PNG, SVG, DOT or PROV-JSON.
class ProvenanceView final : public QWidget {
    Q_OBJECT
public:
    explicit ProvenanceView(UserPrompts &prompts, QWidget *parent = nullptr);
    ~ProvenanceView() override;

    void setCollection(std::shared_ptr<models::CollectionDatabase> database);
    // A logged file's path or an accession; empty for everything. False (saying why) when not found.
    bool showFor(const QString &pathOrAccession);
    void logDerivedFile(const QStringList &paths = {}, const QStringList &sources = {});

    [[nodiscard]] ProvenanceScene *scene() const { return m_scene; }
    [[nodiscard]] QGraphicsView *graphView() const { return m_view; }
    [[nodiscard]] QString detailsText() const;
    void showNodeDetails(const QString &id);

    // Writes what is shown: .png, .svg, .dot or .json (PROV-JSON) by the suffix.
    [[nodiscard]] models::Status exportTo(const QString &path) const;

Q_SIGNALS:
    void statusMessage(const QString &message);
    void openUrlRequested(const QUrl &url);

private:
    void reload();
    void zoomBy(double factor);
    void fit();
    void chooseExport();
    [[nodiscard]] bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

    UserPrompts &m_prompts;
    std::shared_ptr<models::CollectionDatabase> m_database; // kept open while shown
    QString m_shownFor;
    bool m_rehash = false;
    bool m_autoFit = true; // fit a new graph to the view, also when the view is resized
    QLineEdit *m_target;
    QLabel *m_status;
    ProvenanceScene *m_scene;
    QGraphicsView *m_view;
    QTextBrowser *m_details;
};

} // namespace encode::ui
