#include "app/cli/CliContext.h"

namespace encode::app::cli {

CliContext::CliContext(QString databasePath, QString portalUrl, QTextStream &outStream, QTextStream &errStream)
    : out(outStream)
    , err(errStream)
    , m_databasePath(std::move(databasePath))
    , m_portalUrl(std::move(portalUrl))
{
}

models::Result<std::shared_ptr<models::CollectionDatabase>> CliContext::database(models::CollectionDatabase::Missing missing,
                                                                            Access access)
{
    if (!m_database) {
        auto opened = openDatabase(missing);
        if (!opened.ok())
            return opened;
    }
    if (access == Access::Write) {
        if (models::Status readOnly = m_database->checkWritable())
            return *readOnly;
    }
    return m_database;
}

models::Result<std::shared_ptr<models::CollectionDatabase>> CliContext::openDatabase(models::CollectionDatabase::Missing missing)
{
    const QString path = collectionPath();
    auto opened = models::CollectionDatabase::open(path, missing);
    if (!opened.ok())
        return opened;
    m_database = opened.value();
    for (const QString &notice : m_database->notices())
        err << "encode-tracker: " << notice << '\n';
    err.flush();
    return opened;
}

QString CliContext::collectionPath() const
{
    return m_databasePath.isEmpty() ? models::defaultCollectionPath() : m_databasePath;
}

models::Result<PortalSettings> CliContext::portalSettings() const
{
    if (models::Status invalid = PortalSettings::checkEnvironment())
        return *invalid;
    PortalSettings settings = PortalSettings::fromEnvironment(m_portalUrl);
    const QUrl &url = settings.baseUrl;
    const bool web = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    if (!url.isValid() || !web || url.host().isEmpty() || url.hasQuery())
        return models::invalidInput(QStringLiteral("'%1' is not a Portal address: expected an http(s) URL such as "
                                                   "https://www.encodeproject.org")
                                        .arg(url.toString()));
    return settings;
}

int CliContext::fail(const models::Failure &failure)
{
    err << "encode-tracker: " << failure.message << '\n';
    err.flush();
    return failure.kind == models::Failure::Kind::InvalidInput ? Usage : Failed;
}

int CliContext::usageError(const QString &message)
{
    err << "encode-tracker: " << message << "\nTry 'encode-tracker --help'.\n";
    err.flush();
    return Usage;
}

} // namespace encode::app::cli
