#include "CollectionWindow.h"

#include "database/CollectionDatabase.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QStatusBar>
#include <QTableView>

namespace encode::ui {

namespace {

struct Column {
    const char *sql;
    const char *title;
};

constexpr Column columns[] = {
    {"accession", "Accession"},     {"assay_title", "Assay"},          {"target", "Target"},
    {"biosample_summary", "Biosample"}, {"organism", "Organism"},     {"organ", "Organ"},
    {"status", "Status"},           {"date_released", "Released"},    {"notes", "Notes"},
};

} // namespace

CollectionWindow::CollectionWindow(std::shared_ptr<models::CollectionDatabase> database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_model(new QSqlQueryModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("collectionWindow"));
    setWindowTitle(QStringLiteral("ENCODE Tracker — %1").arg(m_database->path()));
    m_table->setObjectName(QStringLiteral("collectionTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_table);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refresh = file->addAction(tr("&Reload"), this, &CollectionWindow::reload);
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ENCODE Tracker"), this, [this] {
        QMessageBox::about(this, tr("About ENCODE Tracker"),
                           tr("ENCODE Tracker %1\nQt %2\n\nTrack, cite, compare and export ENCODE experiments.")
                               .arg(QStringLiteral(ENCODE_TRACKER_VERSION), QString::fromLatin1(qVersion())));
    });

    reload();
    resize(1200, 700);
}

CollectionWindow::~CollectionWindow() = default;

void CollectionWindow::reload()
{
    QStringList names;
    for (const Column &column : columns)
        names.append(QLatin1String(column.sql));
    m_model->setQuery(QStringLiteral("SELECT %1 FROM tracked_experiments ORDER BY tracked_at DESC, accession")
                          .arg(names.join(QLatin1String(", "))),
                      m_database->connection());
    while (m_model->canFetchMore())
        m_model->fetchMore();
    for (int c = 0; c < static_cast<int>(std::size(columns)); ++c)
        m_model->setHeaderData(c, Qt::Horizontal, tr(columns[c].title));
    m_table->resizeColumnsToContents();
    if (m_model->lastError().isValid())
        statusBar()->showMessage(tr("Cannot read the collection: %1").arg(m_model->lastError().text()));
    else
        statusBar()->showMessage(m_model->rowCount() == 1
                                     ? tr("1 experiment in %1").arg(m_database->path())
                                     : tr("%1 experiments in %2").arg(m_model->rowCount()).arg(m_database->path()));
}

int runDesktopApp(const QString &databasePath)
{
    const QString path = databasePath.isEmpty() ? models::defaultCollectionPath() : databasePath;
    auto opened = models::CollectionDatabase::open(path);
    if (!opened.ok()) {
        QMessageBox::critical(nullptr, QObject::tr("ENCODE Tracker"), opened.failure().message);
        return 1;
    }
    CollectionWindow window(opened.value());
    window.show();
    return QApplication::exec();
}

} // namespace encode::ui
