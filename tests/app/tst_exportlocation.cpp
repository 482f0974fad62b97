// SPDX-License-Identifier: MIT
// Where export dialogs start and what they read: a failed save is never the next starting folder,
// kernel pseudo filesystems never are, and the dialog never opens the files it lists (Qt's own
// file dialog sniffs a file's first bytes to name its type, and a read of /proc/kmsg never
// returns: the window froze for good).
#include "exportlocation.h"

#include "apptestsupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFileSystemModel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/inotify.h>
#include <unistd.h>

using namespace proclab;

class TestExportLocation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void pseudoFilesystemsAreNeverTheStart_data();
    void pseudoFilesystemsAreNeverTheStart();
    void aSavedFilesFolderIsTheNextStart();
    void theDialogNeverOpensTheFilesItLists();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
};

void TestExportLocation::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
}

void TestExportLocation::init()
{
    QSettings().clear();
}

void TestExportLocation::pseudoFilesystemsAreNeverTheStart_data()
{
    QTest::addColumn<QString>("remembered");
    QTest::newRow("proc") << QStringLiteral("/proc");
    QTest::newRow("proc/self") << QStringLiteral("/proc/self");
    QTest::newRow("sys") << QStringLiteral("/sys/kernel");
    QTest::newRow("dev") << QStringLiteral("/dev");
    QTest::newRow("gone") << QStringLiteral("/tmp/proclab-no-such-folder/x");
}

void TestExportLocation::pseudoFilesystemsAreNeverTheStart()
{
    QFETCH(QString, remembered);
    ExportLocation::rememberSaved(remembered + QStringLiteral("/chart.png"));
    const QString start = ExportLocation::lastDirectory();
    QVERIFY2(!start.startsWith(remembered), qPrintable(start));
    QVERIFY(QFileInfo(start).isDir());
}

void TestExportLocation::aSavedFilesFolderIsTheNextStart()
{
    QVERIFY(m_dir.isValid());
    ExportLocation::rememberSaved(m_dir.filePath(QStringLiteral("run.json")));
    QCOMPARE(ExportLocation::lastDirectory(), m_dir.path());
}

// Files of `directory` that someone opened since the watch began.
static QStringList openedFiles(int inotifyFd)
{
    QStringList names;
    alignas(inotify_event) char buffer[8192];
    for (;;) {
        const ssize_t n = ::read(inotifyFd, buffer, sizeof buffer);
        if (n <= 0)
            return names;
        for (ssize_t at = 0; at < n;) {
            const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
            if (event->len > 0 && !(event->mask & IN_ISDIR))
                names << QString::fromLocal8Bit(event->name);
            at += ssize_t(sizeof(inotify_event)) + event->len;
        }
    }
}

// Lists a folder with one extension-less file in `dialog` and selects that file (typing its name
// makes Qt fetch its type in the GUI thread); returns the files opened meanwhile.
static QStringList filesOpenedWhileListing(QFileDialog &dialog, const QString &folder)
{
    const QString file = QDir(folder).filePath(QStringLiteral("kmsg"));
    const int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd < 0 || inotify_add_watch(fd, QFile::encodeName(folder).constData(), IN_OPEN) < 0)
        return {QStringLiteral("inotify failed")};
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setDirectory(folder);
    dialog.show();
    dialog.selectFile(file);
    auto *model = dialog.findChild<QFileSystemModel *>();
    if (!model || !QTest::qWaitFor([&] {
            const QModelIndex index = model->index(file);
            return index.isValid() && !model->type(index).isEmpty();
        }))
        return {QStringLiteral("never listed")};
    QTest::qWait(200); // let the gatherer thread finish the folder too
    const QStringList opened = openedFiles(fd);
    ::close(fd);
    return opened;
}

void TestExportLocation::theDialogNeverOpensTheFilesItLists()
{
    QVERIFY(m_dir.isValid());
    QFile file(m_dir.filePath(QStringLiteral("kmsg")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<6>not a document\n");
    file.close();

    // The check can fail: Qt's own dialog opens the file to guess its type.
    {
        QFileDialog plain(nullptr, QStringLiteral("plain"), m_dir.path(), QStringLiteral("*"));
        const QStringList opened = filesOpenedWhileListing(plain, m_dir.path());
        QVERIFY2(opened.contains(QStringLiteral("kmsg")), qPrintable(opened.join(u',')));
    }
    ExportFileDialog dialog(nullptr, QStringLiteral("export"), QStringLiteral("chart.png"),
                            QStringLiteral("*"));
    const QStringList opened = filesOpenedWhileListing(dialog, m_dir.path());
    QVERIFY2(opened.isEmpty(), qPrintable(opened.join(u',')));
    auto *model = dialog.findChild<QFileSystemModel *>();
    QVERIFY(!model->type(model->index(m_dir.filePath(QStringLiteral("kmsg")))).isEmpty());
}

QTEST_MAIN(TestExportLocation)

#include "tst_exportlocation.moc"
