#include "ui/compare/CompareDialog.h"

#include "app/compare/CompareMarkdown.h"
#include "app/compare/CompareText.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace encode::ui {
namespace {

using models::CheckOutcome;
using models::Verdict;

QString shortVerdict(Verdict verdict)
{
    switch (verdict) {
    case Verdict::FullyCompatible: return CompareDialog::tr("✓ fully");
    case Verdict::CompatibleWithCaveats: return CompareDialog::tr("≈ caveats");
    case Verdict::NotCompatible: return CompareDialog::tr("✗ not");
    }
    return {};
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

QColor outcomeColour(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Compatible: return {0xe3, 0xf2, 0xe1};
    case CheckOutcome::Warning: return {0xff, 0xf0, 0xc8};
    case CheckOutcome::Issue: return {0xfb, 0xd5, 0xd5};
    case CheckOutcome::NotCompared: return {0xee, 0xee, 0xee};
    }
    return {};
}

QColor verdictColour(Verdict verdict)
{
    switch (verdict) {
    case Verdict::FullyCompatible: return {0x2e, 0x7d, 0x32};
    case Verdict::CompatibleWithCaveats: return {0xb2, 0x6a, 0x00};
    case Verdict::NotCompatible: return {0xc6, 0x28, 0x28};
    }
    return {};
}

CompareDialog::CompareDialog(QList<models::ComparedExperiment> experiments, QWidget *parent)
    : QDialog(parent)
    , m_matrix(models::compareAll(experiments))
    , m_verdict(new QLabel(this))
    , m_subset(new QLabel(this))
    , m_sideBySide(new QTableWidget(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare %n Experiment(s)", nullptr, static_cast<int>(m_matrix.experiments.size())));
    resize(900, m_matrix.experiments.size() > 2 ? 760 : 560);
    m_verdict->setObjectName(QStringLiteral("compareVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_subset->setObjectName(QStringLiteral("compatibleSubset"));
    m_subset->setWordWrap(true);
    m_sideBySide->setObjectName(QStringLiteral("sideBySide"));
    m_sideBySide->setColumnCount(4);
    m_sideBySide->verticalHeader()->hide();
    m_sideBySide->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sideBySide->setSelectionMode(QAbstractItemView::NoSelection);
    m_sideBySide->setWordWrap(false);
    m_sideBySide->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_sideBySide->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_sideBySide->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *copyText = new QPushButton(tr("Copy as &Text"), this);
    auto *copyMarkdown = new QPushButton(tr("Copy as &Markdown"), this);
    copyText->setObjectName(QStringLiteral("copyText"));
    copyMarkdown->setObjectName(QStringLiteral("copyMarkdown"));
    connect(copyText, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(asText()); });
    connect(copyMarkdown, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(asMarkdown()); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(copyText, QDialogButtonBox::ActionRole);
    buttons->addButton(copyMarkdown, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (m_matrix.experiments.size() > 2) {
        m_grid = new QTableWidget(this);
        m_grid->setObjectName(QStringLiteral("verdictMatrix"));
        m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
        fillMatrix();
        connect(m_grid, &QTableWidget::cellClicked, this, [this](int row, int column) {
            if (row != column)
                showPair(row, column);
        });
        auto *split = new QSplitter(Qt::Vertical, this);
        split->addWidget(m_grid);
        auto *pair = new QWidget(split);
        auto *pairLayout = new QVBoxLayout(pair);
        pairLayout->setContentsMargins(0, 0, 0, 0);
        pairLayout->addWidget(m_verdict);
        pairLayout->addWidget(m_sideBySide, 1);
        split->addWidget(pair);
        layout->addWidget(m_subset);
        layout->addWidget(split, 1);
    } else {
        m_subset->hide();
        layout->addWidget(m_verdict);
        layout->addWidget(m_sideBySide, 1);
    }
    layout->addWidget(buttons);
    showPair(0, 1);
}

void CompareDialog::fillMatrix()
{
    const int n = static_cast<int>(m_matrix.experiments.size());
    m_grid->setRowCount(n);
    m_grid->setColumnCount(n);
    QStringList accessions;
    for (const models::ComparedExperiment &experiment : m_matrix.experiments)
        accessions.append(experiment.accession);
    m_grid->setHorizontalHeaderLabels(accessions);
    m_grid->setVerticalHeaderLabels(accessions);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            auto *item = new QTableWidgetItem;
            if (const std::optional<Verdict> verdict = m_matrix.verdict(i, j)) {
                item->setText(shortVerdict(*verdict));
                item->setForeground(Qt::white);
                item->setBackground(verdictColour(*verdict));
                item->setToolTip(tr("%1 and %2: %3 (click for the details)")
                                     .arg(accessions.at(i), accessions.at(j), models::verdictName(*verdict)));
            } else {
                item->setBackground(QColor(0xf5, 0xf5, 0xf5));
            }
            item->setTextAlignment(Qt::AlignCenter);
            m_grid->setItem(i, j, item);
        }
    }
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QStringList members;
    for (int index : m_matrix.fullyCompatible.members)
        members.append(accessions.at(index));
    m_subset->setText(members.size() >= 2
                          ? tr("<b>Largest fully compatible group</b> (%1 of %2)%3: %4")
                                .arg(members.size())
                                .arg(n)
                                .arg(m_matrix.fullyCompatible.exact ? QString() : tr(", found by a quick search"))
                                .arg(members.join(QStringLiteral(", ")))
                          : tr("<b>No two of these experiments are fully compatible</b>; see each pair for why."));
}

const models::Comparison &CompareDialog::shownPair() const
{
    return m_matrix.pair(m_first, m_second);
}

void CompareDialog::showPair(int first, int second)
{
    m_first = first;
    m_second = second;
    const models::Comparison &c = shownPair();
    // The pair is stored once (lower index first); show it the way round it was clicked.
    const bool swapped = c.first.accession != m_matrix.experiments.at(first).accession;
    const models::ComparedExperiment &left = swapped ? c.second : c.first;
    const models::ComparedExperiment &right = swapped ? c.first : c.second;
    m_verdict->setText(QStringLiteral("<span style='font-size:large;font-weight:bold;color:%1'>%2</span> "
                                      "&nbsp;%3 · %4<br>%5")
                           .arg(verdictColour(c.verdict).name(), models::verdictName(c.verdict),
                                left.accession.toHtmlEscaped(), right.accession.toHtmlEscaped(),
                                c.recommendation.toHtmlEscaped()));
    m_sideBySide->setHorizontalHeaderLabels({tr("Aspect"), left.accession, right.accession, tr("Outcome")});
    m_sideBySide->setRowCount(static_cast<int>(c.checks.size()));
    for (int row = 0; row < c.checks.size(); ++row) {
        const models::AspectCheck &check = c.checks.at(row);
        const QStringList texts{check.aspect, orDash(swapped ? check.second : check.first),
                                orDash(swapped ? check.first : check.second), app::outcomeLabel(check.outcome)};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setBackground(outcomeColour(check.outcome));
            item->setForeground(QColor(0x20, 0x20, 0x20));
            item->setToolTip(check.message);
            m_sideBySide->setItem(row, column, item);
        }
    }
    if (m_grid)
        m_grid->setCurrentCell(first, second);
}

QString CompareDialog::asText() const
{
    return app::comparisonText(m_matrix, shownPair());
}

QString CompareDialog::asMarkdown() const
{
    return app::comparisonMarkdown(m_matrix, shownPair());
}

} // namespace encode::ui
