#pragma once

#include "app/search/PortalSearch.h"

#include <QDialog>
#include <QUrl>

namespace encode::ui {

// The details of one search result: every column in full, its audit categories, and what can be done
// with it (track it, show it in the collection, open it on the Portal).
class SearchHitDialog final : public QDialog {
    Q_OBJECT
public:
    SearchHitDialog(const app::SearchHit &hit, const QUrl &portalUrl, QWidget *parent = nullptr);

Q_SIGNALS:
    void trackRequested(const QString &accession);
    void showInCollectionRequested(const QString &accession);
    void openUrlRequested(const QUrl &url);
};

} // namespace encode::ui
