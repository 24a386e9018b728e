#pragma once

#include <QWidget>

class QHBoxLayout;
class QPushButton;

namespace encode::ui {

class SearchSession;

// The active filters of the Search view as removable chips ("Organism: Homo sapiens ✕"), and "Clear all".
class FilterChips final : public QWidget {
    Q_OBJECT
public:
    explicit FilterChips(QWidget *parent = nullptr);

    void showFilters(const SearchSession &session);

Q_SIGNALS:
    void removeRequested(const QString &field, const QString &term);
    void clearAllRequested();

private:
    QHBoxLayout *m_chips;
    QPushButton *m_clearAll;
};

} // namespace encode::ui
