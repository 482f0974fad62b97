// SPDX-License-Identifier: MIT
#include "qtkeyfile.h"

#include <QCryptographicHash>
#include <QDir>

namespace proclab::ipc {

QString qtKeyFilePath(const QString &key)
{
    QString letters;
    for (const QChar c : key) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
            letters += c;
    }
    return QDir::tempPath() + QStringLiteral("/qipc_systemsem_") + letters +
           QLatin1String(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace proclab::ipc
