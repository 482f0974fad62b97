// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace proclab {

// The worker's command line: `proclab-worker ROLE --name value …`. Every value is validated where a
// role reads it; a bad one ends the worker with a message on stderr and exit code 2.
class WorkerOptions
{
public:
    // Returns false (with *error) on a malformed command line.
    bool parse(const QStringList &arguments, QString *error);

    QString role() const { return m_role; }
    bool has(const QString &name) const { return m_values.contains(name); }
    qint64 integer(const QString &name, qint64 min, qint64 max) const;
    qint64 integer(const QString &name, qint64 min, qint64 max, qint64 defaultValue) const;
    QString text(const QString &name, const QString &defaultValue = {}) const;
    // The options the role did not read (typos), to reject them.
    QStringList unread() const;

private:
    QString m_role;
    QHash<QString, QString> m_values;
    mutable QHash<QString, bool> m_read;
};

[[noreturn]] void usageError(const QString &message);

} // namespace proclab

namespace proclab {
// Ends the worker with exit 2 if the command line holds options the role did not read.
void rejectUnreadOptions(const WorkerOptions &options);
} // namespace proclab
