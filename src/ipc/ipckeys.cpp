// SPDX-License-Identifier: MIT
#include "ipckeys.h"

#include "objectnames.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace proclab {

QString newRunKey()
{
    return QString::fromStdString(
        ipc::makeRunKey(QCoreApplication::applicationPid(), QRandomGenerator::system()->generate()));
}

} // namespace proclab
