// SPDX-License-Identifier: MIT
// PLACEHOLDER: the posix family's tests (being written).
#include <QTest>

class TestposixFamily : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(TestposixFamily)
#include "tst_posixfamily.moc"
