#include "ui/details/RawJsonTab.h"

#include "ui/details/JsonDisplay.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace encode::ui {
namespace {

// Containers show a summary in the value column; it must not match a search.
constexpr int isContainerRole = Qt::UserRole + 1;

void addValue(QTreeWidget *tree, QTreeWidgetItem *parent, const QString &key, const QJsonValue &value);

void addChildren(QTreeWidget *tree, QTreeWidgetItem *item, const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addValue(tree, item, it.key(), it.value());
    } else {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            addValue(tree, item, QStringLiteral("[%1]").arg(i), array.at(i));
    }
}

QString summary(const QJsonValue &value)
{
    if (value.isObject()) {
        const auto size = value.toObject().size();
        return size == 1 ? RawJsonTab::tr("{1 key}") : RawJsonTab::tr("{%1 keys}").arg(size);
    }
    const auto size = value.toArray().size();
    return size == 1 ? RawJsonTab::tr("[1 item]") : RawJsonTab::tr("[%1 items]").arg(size);
}

void addValue(QTreeWidget *tree, QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, key);
    if (value.isObject() || value.isArray()) {
        item->setText(1, summary(value));
        item->setData(1, isContainerRole, true);
        item->setForeground(1, tree->palette().brush(QPalette::PlaceholderText));
        addChildren(tree, item, value);
        return;
    }
    const QString text = rawScalarText(value);
    item->setText(1, text);
    item->setToolTip(1, text);
}

} // namespace

RawJsonTab::RawJsonTab(QWidget *parent)
    : DetailsTab(parent)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("rawJsonTab"));
    m_search->setObjectName(QStringLiteral("rawJsonSearch"));
    m_search->setPlaceholderText(tr("Find keys and values"));
    m_search->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("rawJsonTree"));
    m_tree->setHeaderLabels({tr("Key"), tr("Value")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    setContent(page, tr("No raw metadata stored"));
    setEmpty(true);

    connect(m_search, &QLineEdit::textChanged, this, &RawJsonTab::applyFilter);
    // Keys deep in the tree are indented further; keep them readable as branches open.
    connect(m_tree, &QTreeWidget::itemExpanded, this, &RawJsonTab::fitKeyColumn);
}

QString RawJsonTab::title() const
{
    return tr("Raw JSON");
}

void RawJsonTab::showDetails(const models::ExperimentDetails &details, const QJsonObject &rawMetadata)
{
    m_tree->clear();
    // QJsonObject sorts its keys; the first level keeps the order the Portal wrote, if it was stored so.
    QStringList keys = keysInTextOrder(details.experiment.rawMetadata);
    keys.append(rawMetadata.keys());
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (rawMetadata.contains(key))
            addValue(m_tree, nullptr, key, rawMetadata.value(key));
    }
    setEmpty(rawMetadata.isEmpty());
    applyFilter(m_search->text());
}

void RawJsonTab::clear()
{
    m_tree->clear();
    setEmpty(true);
}

void RawJsonTab::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    // One column resize at the end, not one per branch the filter opens.
    const QSignalBlocker blocker(m_tree);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (needle.isEmpty()) {
            // Back to the first look: everything there, collapsed below the first level.
            filterItem(item, QString(), true);
            continue;
        }
        filterItem(item, needle, false);
    }
    fitKeyColumn();
}

void RawJsonTab::fitKeyColumn()
{
    m_tree->resizeColumnToContents(0);
    // A gap, so the longest keys do not run into their values.
    m_tree->setColumnWidth(0, m_tree->columnWidth(0) + m_tree->fontMetrics().averageCharWidth() * 3);
}

bool RawJsonTab::filterItem(QTreeWidgetItem *item, const QString &needle, bool ancestorMatches)
{
    const bool searchValue = !item->data(1, isContainerRole).toBool();
    const bool matches =
        !needle.isEmpty() && (item->text(0).contains(needle, Qt::CaseInsensitive) ||
                              (searchValue && item->text(1).contains(needle, Qt::CaseInsensitive)));
    bool descendantMatches = false;
    for (int i = 0; i < item->childCount(); ++i)
        descendantMatches =
            filterItem(item->child(i), needle, ancestorMatches || matches) || descendantMatches;
    item->setHidden(!(matches || descendantMatches || ancestorMatches));
    item->setExpanded(descendantMatches);
    return matches || descendantMatches;
}

} // namespace encode::ui
