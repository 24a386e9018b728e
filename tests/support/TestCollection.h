#pragma once

#include "models/collection/CollectionRepository.h"
#include "models/database/CollectionDatabase.h"

#include <QTemporaryDir>

#include <memory>

namespace encode::testsupport {

// A fresh collection file in a temporary directory, removed with the object.
class TestCollection final {
public:
    TestCollection();

    [[nodiscard]] bool isOpen() const { return m_database != nullptr; }
    [[nodiscard]] QString openError() const { return m_error; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] std::shared_ptr<models::CollectionDatabase> database() const { return m_database; }
    [[nodiscard]] models::CollectionRepository repository() const;

    // One value from a single-value query, for assertions.
    [[nodiscard]] QVariant scalar(const QString &sql, const QVariantList &values = {}) const;

private:
    QTemporaryDir m_directory;
    QString m_path;
    std::shared_ptr<models::CollectionDatabase> m_database;
    QString m_error;
};

// A record as tracking would produce it, with one of each child row, for repository tests.
[[nodiscard]] models::ExperimentRecord sampleRecord(const QString &accession, const QString &assay = QStringLiteral("TF ChIP-seq"),
                                                    const QString &organism = QStringLiteral("Homo sapiens"),
                                                    const QString &organ = QStringLiteral("liver"));

// Bytes of a file, to prove that a refused file was not modified.
[[nodiscard]] QByteArray fileBytes(const QString &path);

} // namespace encode::testsupport
