#pragma once

#include "models/collection/CollectionRecords.h"

#include <QJsonObject>
#include <QUrl>
#include <QWidget>

class QLabel;
class QStackedLayout;
class QTextBrowser;

namespace encode::ui {

// One tab of the details pane. Designed for inheritance: the pane fills and titles every tab the same
// way, and every link a tab shows leaves through openUrlRequested, so the window decides how to open it.
class DetailsTab : public QWidget {
    Q_OBJECT
public:
    explicit DetailsTab(QWidget *parent = nullptr);

    // `rawMetadata` is the parsed raw_metadata column, parsed once by the pane for all tabs.
    virtual void showDetails(const models::ExperimentDetails &details, const QJsonObject &rawMetadata) = 0;
    virtual void clear() = 0;

    // The tab's title, with the count of what it lists where a count helps ("Publications (2)").
    [[nodiscard]] virtual QString title() const = 0;

Q_SIGNALS:
    void openUrlRequested(const QUrl &url);

protected:
    // `content` fills the tab; `placeholderText` stands in for it while setEmpty(true).
    void setContent(QWidget *content, const QString &placeholderText);
    void setEmpty(bool empty);

    // Links in these widgets are not followed by the widget itself but handed to openUrlRequested.
    void forwardLinks(QLabel *label);
    void forwardLinks(QTextBrowser *browser);

private:
    QStackedLayout *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
};

// An HTML link for rich-text labels and browsers, with both parts escaped.
[[nodiscard]] QString linkHtml(const QUrl &url, const QString &text);

} // namespace encode::ui
