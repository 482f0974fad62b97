// SPDX-License-Identifier: MIT
#include "exportlocation.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSettings>
#include <QStandardPaths>

#include <linux/magic.h>
#include <sys/vfs.h>

namespace proclab {

namespace {
const QString kDirKey = QStringLiteral("export/directory");

// Filesystems whose files are the kernel's, not documents: reading some of them blocks.
bool isPseudoFilesystem(const QString &directory)
{
    struct statfs fs
    {
    };
    if (::statfs(QFile::encodeName(directory).constData(), &fs) != 0)
        return true; // cannot tell: do not start a dialog there
    switch (static_cast<unsigned long>(fs.f_type)) {
    case PROC_SUPER_MAGIC:
    case SYSFS_MAGIC:
    case DEVPTS_SUPER_MAGIC:
    case DEBUGFS_MAGIC:
    case TRACEFS_MAGIC:
    case SECURITYFS_MAGIC:
    case CGROUP_SUPER_MAGIC:
    case CGROUP2_SUPER_MAGIC:
    case BPF_FS_MAGIC:
        return true;
    default:
        break;
    }
    // devtmpfs reports tmpfs's magic; /dev is never a place for documents.
    const QString canonical = QFileInfo(directory).canonicalFilePath();
    return canonical == QLatin1String("/dev") || canonical.startsWith(QLatin1String("/dev/"));
}
} // namespace

bool ExportLocation::isUsableDirectory(const QString &directory)
{
    const QFileInfo info(directory);
    return !directory.isEmpty() && info.isDir() && info.isWritable() &&
           !isPseudoFilesystem(directory);
}

QString ExportLocation::lastDirectory()
{
    const QString remembered = QSettings().value(kDirKey).toString();
    if (isUsableDirectory(remembered))
        return remembered;
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return isUsableDirectory(pictures) ? pictures : QDir::homePath();
}

void ExportLocation::rememberSaved(const QString &savedFile)
{
    QSettings().setValue(kDirKey, QFileInfo(savedFile).absolutePath());
}

QIcon NameOnlyIconProvider::icon(const QFileInfo &info) const
{
    return icon(info.isDir() ? Folder : File);
}

QString NameOnlyIconProvider::type(const QFileInfo &info) const
{
    if (info.isDir())
        return tr("Folder");
    if (!info.isFile())
        return tr("Special file");
    const QMimeType mime =
        QMimeDatabase().mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    return mime.comment().isEmpty() ? mime.name() : mime.comment();
}

ExportFileDialog::ExportFileDialog(QWidget *parent, const QString &caption,
                                   const QString &suggestedName, const QString &filter)
    : QFileDialog(parent, caption, QDir(ExportLocation::lastDirectory()).filePath(suggestedName),
                  filter)
{
    setAcceptMode(QFileDialog::AcceptSave);
    setIconProvider(&m_iconProvider);
}

} // namespace proclab
