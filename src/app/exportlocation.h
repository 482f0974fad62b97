// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QString>

namespace proclab {

// Where the next export dialog starts: the folder of the last file that was actually saved,
// unless that folder is gone, unwritable or on a kernel pseudo filesystem (/proc, /sys, /dev…),
// where Qt's file dialog would list files whose reads never return.
class ExportLocation
{
public:
    static QString lastDirectory();
    // Called after a save succeeded, never before: a failed save must not become the next
    // dialog's starting folder.
    static void rememberSaved(const QString &savedFile);
    static bool isUsableDirectory(const QString &directory);
};

// Names and icons for the file dialog's list from the file name alone. Qt's own provider sniffs
// a file's first bytes to guess its type, which never returns on files such as /proc/kmsg: typing
// "/proc/" into the name box froze the window for good.
class NameOnlyIconProvider : public QFileIconProvider
{
    Q_DECLARE_TR_FUNCTIONS(NameOnlyIconProvider)
public:
    using QFileIconProvider::icon;
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;
};

// A save dialog for exports that never reads the files it lists and starts in ExportLocation.
class ExportFileDialog : public QFileDialog
{
    Q_OBJECT
public:
    ExportFileDialog(QWidget *parent, const QString &caption, const QString &suggestedName,
                     const QString &filter);

private:
    NameOnlyIconProvider m_iconProvider;
};

} // namespace proclab
