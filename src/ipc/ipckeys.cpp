// SPDX-License-Identifier: MIT
#include "ipckeys.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace proclab {

QString newRunKey()
{
    const quint64 nonce = QRandomGenerator::system()->generate64();
    return QStringLiteral("proclab-%1-%2")
        .arg(QCoreApplication::applicationPid())
        .arg(nonce, 16, 16, QLatin1Char('0'));
}

} // namespace proclab
