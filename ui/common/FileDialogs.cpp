#include "ui/common/FileDialogs.h"

#include <QDir>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QIcon>
#include <QMimeDatabase>

#include <memory>

namespace encode::ui {
namespace {

// Icons and type names from a file's name, never its content (QMimeDatabase::MatchExtension does not
// touch the file). Called from the file system model's gathering thread; QMimeDatabase is thread-safe.
class NameOnlyIconProvider final : public QFileIconProvider {
public:
    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileIconProvider::icon(QAbstractFileIconProvider::Folder);
        const QMimeType type = m_mimeTypes.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
        const QIcon themed = QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName()));
        return themed.isNull() ? QFileIconProvider::icon(QAbstractFileIconProvider::File) : themed;
    }

    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileDialog::tr("Folder");
        const QMimeType type = m_mimeTypes.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
        return type.isDefault() || type.comment().isEmpty() ? QFileDialog::tr("File") : type.comment();
    }

private:
    QMimeDatabase m_mimeTypes;
};

// One provider for every dialog: a dialog does not own the provider it is given.
NameOnlyIconProvider &iconProvider()
{
    static NameOnlyIconProvider provider;
    return provider;
}

} // namespace

QFileDialog *createFileDialog(QWidget *parent, FileDialogMode mode, const QString &title, const QString &place,
                              const QString &filter)
{
    // Nothing that lists or selects a file before our icon provider is in place: the constructor
    // taking a directory or file would select it with Qt's own provider (which reads it).
    auto *dialog = new QFileDialog(parent);
    dialog->setObjectName(QStringLiteral("fileDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setIconProvider(&iconProvider());
    dialog->setWindowTitle(title);
    dialog->setAcceptMode(mode == FileDialogMode::Save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(mode == FileDialogMode::Save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setNameFilter(filter);
    const QFileInfo chosen(place.isEmpty() ? QDir::currentPath() : place);
    if (chosen.isDir()) {
        dialog->setDirectory(chosen.absoluteFilePath());
    } else {
        dialog->setDirectory(chosen.absolutePath());
        dialog->selectFile(chosen.fileName());
    }
    return dialog;
}

QString chooseFile(QWidget *parent, FileDialogMode mode, const QString &title, const QString &place,
                   const QString &filter)
{
    const std::unique_ptr<QFileDialog> dialog(createFileDialog(parent, mode, title, place, filter));
    if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty())
        return {};
    return dialog->selectedFiles().constFirst();
}

} // namespace encode::ui
