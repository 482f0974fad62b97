// SPDX-License-Identifier: MIT
// PLACEHOLDER: the qt family's tests (being written).
#include <QTest>

class TestqtFamily : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(TestqtFamily)
#include "tst_qtfamily.moc"
