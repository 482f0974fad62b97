// SPDX-License-Identifier: MIT
#include "workeroptions.h"

#include <cstdio>
#include <cstdlib>

namespace proclab {

void usageError(const QString &message)
{
    std::fprintf(stderr, "proclab-worker: %s\n", qUtf8Printable(message));
    std::fflush(stderr);
    std::_Exit(2);
}

bool WorkerOptions::parse(const QStringList &arguments, QString *error)
{
    if (arguments.size() < 2 || arguments.at(1).startsWith(QLatin1Char('-'))) {
        *error = QStringLiteral("expected a role as the first argument");
        return false;
    }
    m_role = arguments.at(1);
    for (qsizetype i = 2; i < arguments.size(); i += 2) {
        const QString &name = arguments.at(i);
        if (!name.startsWith(QLatin1String("--")) || name.size() < 3) {
            *error = QStringLiteral("expected --option, got '%1'").arg(name);
            return false;
        }
        if (i + 1 >= arguments.size()) {
            *error = QStringLiteral("%1 needs a value").arg(name);
            return false;
        }
        const QString key = name.mid(2);
        if (m_values.contains(key)) {
            *error = QStringLiteral("%1 given twice").arg(name);
            return false;
        }
        m_values.insert(key, arguments.at(i + 1));
    }
    return true;
}

qint64 WorkerOptions::integer(const QString &name, qint64 min, qint64 max) const
{
    if (!m_values.contains(name))
        usageError(QStringLiteral("--%1 is required").arg(name));
    return integer(name, min, max, min);
}

qint64 WorkerOptions::integer(const QString &name, qint64 min, qint64 max, qint64 defaultValue) const
{
    m_read.insert(name, true);
    const auto it = m_values.constFind(name);
    if (it == m_values.constEnd())
        return defaultValue;
    bool ok = false;
    const qint64 value = it->toLongLong(&ok);
    if (!ok || value < min || value > max)
        usageError(QStringLiteral("--%1 must be an integer between %2 and %3, not '%4'")
                       .arg(name)
                       .arg(min)
                       .arg(max)
                       .arg(*it));
    return value;
}

QString WorkerOptions::text(const QString &name, const QString &defaultValue) const
{
    m_read.insert(name, true);
    return m_values.value(name, defaultValue);
}

QStringList WorkerOptions::unread() const
{
    QStringList names;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (!m_read.contains(it.key()))
            names.append(QStringLiteral("--") + it.key());
    }
    return names;
}

} // namespace proclab

namespace proclab {
void rejectUnreadOptions(const WorkerOptions &options)
{
    const QStringList unknown = options.unread();
    if (!unknown.isEmpty())
        usageError(QStringLiteral("unknown option(s) for role %1: %2")
                       .arg(options.role(), unknown.join(QLatin1String(", "))));
}
} // namespace proclab
