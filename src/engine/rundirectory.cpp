// SPDX-License-Identifier: MIT
#include "rundirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace proclab {

namespace {

QString prefixOf(QLatin1StringView runtime)
{
    return QStringLiteral("proclab-%1-").arg(runtime);
}

} // namespace

RunDirectory::RunDirectory(QLatin1StringView runtime)
    : m_dir(QDir(QDir::tempPath())
                .filePath(prefixOf(runtime) + QString::number(::getpid()) +
                          QStringLiteral("-XXXXXX")))
{
}

RunDirectory::~RunDirectory() = default;

bool RunDirectory::remove()
{
    if (!m_dir.isValid())
        return true;
    const QString dir = m_dir.path();
    m_dir.remove();
    return !QFileInfo::exists(dir);
}

void RunDirectory::removeStale(QLatin1StringView runtime)
{
    const QString prefix = prefixOf(runtime);
    const QDir temp(QDir::tempPath());
    const QRegularExpression name(
        QStringLiteral("^%1(\\d+)-").arg(QRegularExpression::escape(prefix)));
    for (const QFileInfo &entry : temp.entryInfoList({prefix + QLatin1Char('*')}, QDir::Dirs)) {
        const QRegularExpressionMatch m = name.match(entry.fileName());
        if (!m.hasMatch() || entry.ownerId() != ::geteuid())
            continue;
        const pid_t lab = pid_t(m.captured(1).toLongLong());
        if (lab != ::getpid() && ::kill(lab, 0) != 0 && errno == ESRCH)
            QDir(entry.filePath()).removeRecursively();
    }
}

} // namespace proclab
