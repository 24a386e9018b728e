#include "ui/provenance/ProvenanceView.h"

#include "ui/common/PictureFile.h"
#include "ui/common/UserPrompts.h"
#include "models/database/CollectionDatabase.h"
#include "models/experiment/Accession.h"
#include "app/export/OutputFile.h"
#include "ui/provenance/LogDerivedDialog.h"
#include "app/provenance/ProvenanceFormats.h"
#include "ui/provenance/ProvenanceScene.h"
#include "models/provenance/ProvenanceService.h"

#include <QDir>
#include <QFile>
#include <QGraphicsRectItem>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace encode::ui {
namespace {

QString row(const QString &label, const QString &value)
{
    return value.isEmpty() ? QString()
                           : QStringLiteral("<tr><th align='left' valign='top' style='padding-right:10px'>%1</th><td>%2</td></tr>")
                                 .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString kindText(models::ProvenanceNodeKind kind)
{
    switch (kind) {
    case models::ProvenanceNodeKind::Experiment: return ProvenanceView::tr("ENCODE experiment");
    case models::ProvenanceNodeKind::EncodeFile: return ProvenanceView::tr("ENCODE file");
    case models::ProvenanceNodeKind::DerivedFile: return ProvenanceView::tr("Derived file");
    }
    return {};
}

bool isAccession(const QString &text)
{
    return models::isExperimentAccession(text) || (text.startsWith(QLatin1String("ENCFF")) && !text.contains(QLatin1Char('/')));
}

} // namespace

ProvenanceView::ProvenanceView(UserPrompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_prompts(prompts)
    , m_target(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_scene(new ProvenanceScene(this))
    , m_view(new QGraphicsView(m_scene, this))
    , m_details(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("provenanceView"));
    m_target->setObjectName(QStringLiteral("provenanceTarget"));
    m_target->setPlaceholderText(tr("A derived file's path, or an accession to see what was made from it; empty for everything"));
    m_target->setClearButtonEnabled(true);
    connect(m_target, &QLineEdit::returnPressed, this, [this] { showFor(m_target->text().trimmed()); });
    const auto button = [this](const QString &text, const char *name) {
        auto *made = new QPushButton(text, this);
        made->setObjectName(QLatin1String(name));
        return made;
    };
    QPushButton *show = button(tr("Show"), "provenanceShow");
    QPushButton *file = button(tr("A File…"), "provenanceChooseFile");
    QPushButton *all = button(tr("Everything"), "provenanceAll");
    QPushButton *check = button(tr("Re-check Files"), "provenanceRecheck");
    check->setToolTip(tr("Re-read every file and compare it with its SHA-256 (slow for large files)"));
    QPushButton *log = button(tr("Log Derived File…"), "logDerivedButton");
    QPushButton *save = button(tr("Export…"), "provenanceExport");
    connect(show, &QPushButton::clicked, this, [this] { showFor(m_target->text().trimmed()); });
    connect(file, &QPushButton::clicked, this, [this] {
        const QString path = m_prompts.openFileName(this, tr("A Derived File"), tr("All files (*)"));
        if (!path.isEmpty())
            showFor(path);
    });
    connect(all, &QPushButton::clicked, this, [this] { showFor({}); });
    connect(check, &QPushButton::clicked, this, [this] {
        m_rehash = true;
        reload();
        m_rehash = false;
    });
    connect(log, &QPushButton::clicked, this, [this] { logDerivedFile(); });
    connect(save, &QPushButton::clicked, this, &ProvenanceView::chooseExport);

    auto *zoomIn = new QToolButton(this);
    zoomIn->setText(QStringLiteral("+"));
    auto *zoomOut = new QToolButton(this);
    zoomOut->setText(QStringLiteral("−"));
    auto *fitButton = new QToolButton(this);
    fitButton->setText(tr("Fit"));
    connect(zoomIn, &QToolButton::clicked, this, [this] { zoomBy(1.25); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { zoomBy(0.8); });
    connect(fitButton, &QToolButton::clicked, this, &ProvenanceView::fit);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_target, 1);
    for (QWidget *widget : std::initializer_list<QWidget *>{show, file, all, check, zoomOut, zoomIn, fitButton, save, log})
        bar->addWidget(widget);

    m_status->setObjectName(QStringLiteral("provenanceStatus"));
    m_status->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("provenanceGraph"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->viewport()->installEventFilter(this);
    m_details->setObjectName(QStringLiteral("provenanceDetails"));
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, &ProvenanceView::openUrlRequested);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const QList<QGraphicsItem *> selected = m_scene->selectedItems();
        if (!selected.isEmpty())
            showNodeDetails(selected.first()->data(ProvenanceScene::NodeIdKey).toString());
    });

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({900, 320});
    m_details->setMinimumWidth(240);
    auto *legend = new QLabel(tr("<span style='background:#d6e6fa'>&nbsp;experiment&nbsp;</span> "
                                 "<span style='background:#dcf0dc'>&nbsp;ENCODE file&nbsp;</span> "
                                 "<span style='background:#f2f2f2'>&nbsp;derived file&nbsp;</span> · "
                                 "<span style='color:#c62828'>missing</span> · <span style='color:#e66a00'>changed</span> · "
                                 "dashed: missing file or source not in the collection · drag to pan, Ctrl+wheel to zoom"),
                              this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addWidget(legend);
}

// The scene is a child, so QWidget's destructor deletes it after this class is gone; clearing a
// selected box then emits selectionChanged, whose handler would read this half-destroyed view (UBSan:
// member access within an object that is no longer a ProvenanceView). Stop listening first.
ProvenanceView::~ProvenanceView()
{
    disconnect(m_scene, nullptr, this, nullptr);
}

void ProvenanceView::setCollection(std::shared_ptr<models::CollectionDatabase> database)
{
    m_database = std::move(database);
    m_shownFor.clear();
    m_scene->clear();
    m_details->clear();
    m_status->clear();
}

bool ProvenanceView::showFor(const QString &pathOrAccession)
{
    m_shownFor = pathOrAccession;
    m_target->setText(pathOrAccession);
    if (!m_database)
        return false;
    const models::ProvenanceService provenance(m_database->connection());
    const models::Verification verification = m_rehash ? models::Verification::Rehash : models::Verification::Quick;
    const models::Result<models::ProvenanceGraph> graph =
        pathOrAccession.isEmpty()      ? provenance.everything(verification)
        : isAccession(pathOrAccession) ? provenance.descendantsOf(pathOrAccession, verification)
                                       : provenance.provenanceOf(pathOrAccession, verification);
    if (!graph.ok()) {
        m_scene->clear();
        m_status->setText(QStringLiteral("<span style='color:#c62828'>%1</span>").arg(graph.failure().message.toHtmlEscaped()));
        return false;
    }
    if (!m_scene->showGraph(graph.value())) {
        m_status->setText(m_scene->error());
        return false;
    }
    int attention = 0;
    for (const models::ProvenanceNode &node : graph.value().nodes)
        attention += models::needsAttention(node.state) ? 1 : 0;
    m_status->setText(
        (pathOrAccession.isEmpty() ? tr("Every logged file and its sources: %n box(es).", nullptr, static_cast<int>(graph.value().nodes.size()))
                                   : tr("%n box(es) in this chain.", nullptr, static_cast<int>(graph.value().nodes.size()))) +
        (attention > 0 ? tr(" <b style='color:#c62828'>%n file(s) missing or changed.</b>", nullptr, attention) : QString()));
    m_autoFit = true;
    fit();
    showNodeDetails(graph.value().rootId);
    return true;
}

void ProvenanceView::reload()
{
    showFor(m_shownFor);
}

QString ProvenanceView::detailsText() const
{
    return m_details->toPlainText();
}

void ProvenanceView::showNodeDetails(const QString &id)
{
    const models::ProvenanceNode *node = m_scene->graph().node(id);
    if (!node) {
        m_details->setHtml(tr("<p>Click a box for its details.</p>"));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><table>")
                       .arg(node->label.toHtmlEscaped(), kindText(node->kind).toHtmlEscaped());
    if (node->encode) {
        const models::EncodeSource &e = *node->encode;
        html += row(tr("Experiment"), e.experimentAccession);
        html += row(tr("In the collection"), e.tracked ? tr("yes") : tr("no"));
        html += row(tr("Assay"), e.assay) + row(tr("Biosample"), e.biosample) + row(tr("Organism"), e.organism);
    }
    html += row(tr("Path"), node->path);
    if (node->file) {
        const models::LoggedFile &f = *node->file;
        html += row(tr("Tool"), f.tool) + row(tr("Parameters"), f.parameters) + row(tr("Description"), f.description);
        html += row(tr("File type"), f.fileType) + row(tr("Logged"), app::isoTime(f.loggedAt));
        if (f.fingerprint) {
            html += row(tr("Size"), QLocale().formattedDataSize(f.fingerprint->size));
            html += row(tr("SHA-256"), f.fingerprint->sha256);
        }
        html += row(tr("Made from"), f.sources.join(QStringLiteral(", ")));
    }
    if (node->kind == models::ProvenanceNodeKind::DerivedFile)
        html += row(tr("On disk"), models::fileStateName(node->state) +
                                       (node->stateDetail.isEmpty() ? QString() : QStringLiteral(": ") + node->stateDetail));
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

void ProvenanceView::logDerivedFile(const QStringList &paths, const QStringList &sources)
{
    if (!m_database) {
        m_prompts.warn(this, tr("Log a Derived File"), tr("Open a collection first."));
        return;
    }
    // Several dropped files: one dialog each, all made from the same sources.
    const QStringList files = paths.isEmpty() ? QStringList{QString()} : paths;
    for (const QString &path : files) {
        LogDerivedDialog dialog(m_database->connection(), m_prompts, this);
        dialog.setPath(path);
        dialog.setSources(sources);
        if (dialog.exec() != QDialog::Accepted)
            return;
        Q_EMIT statusMessage(tr("Logged %1").arg(QDir::toNativeSeparators(dialog.logged().path)));
        showFor(dialog.logged().path);
    }
}

void ProvenanceView::zoomBy(double factor)
{
    m_autoFit = false; // the user's zoom stays until the next graph
    m_view->scale(factor, factor);
}

void ProvenanceView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_autoFit)
        fit();
}

void ProvenanceView::fit()
{
    m_view->resetTransform();
    const QRectF bounds = m_scene->sceneRect();
    if (bounds.width() > m_view->viewport()->width() || bounds.height() > m_view->viewport()->height())
        m_view->fitInView(bounds, Qt::KeepAspectRatio);
}

bool ProvenanceView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            zoomBy(wheel->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProvenanceView::chooseExport()
{
    const QString path = m_prompts.saveFileName(this, tr("Export Provenance"), QDir::home().filePath(QStringLiteral("provenance.svg")),
                                                tr("SVG drawing (*.svg);;PNG image (*.png);;Graphviz DOT (*.dot);;"
                                                   "W3C PROV-JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (models::Status failed = exportTo(path))
        m_prompts.warn(this, tr("Export Provenance"), failed->message);
    else
        Q_EMIT statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

models::Status ProvenanceView::exportTo(const QString &path) const
{
    const QString collection = m_database ? m_database->path() : QString();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("dot"))
        return app::writeOutputFile(path, app::provenanceDot(m_scene->graph()).toUtf8(), collection);
    if (suffix == QLatin1String("json"))
        return app::writeOutputFile(path, QJsonDocument(app::provJson(m_scene->graph())).toJson(QJsonDocument::Indented),
                                    collection);
    const QRectF bounds = m_scene->sceneRect();
    return savePicture(path, collection, bounds.size(), tr("Provenance"),
                       [this, bounds](QPainter &painter, const QRectF &target) { m_scene->render(&painter, target, bounds); });
}

} // namespace encode::ui
