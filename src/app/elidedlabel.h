// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace proclab {

// A one-line label that shows as much of its text as fits, ending in "…", and the whole text as
// its tooltip when cut: a long status ("Finished with 3 errors: …") must not grow the panel and
// push everything under it down.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    // Any width will do: the text is elided to what it gets. (With QSizePolicy::Ignored instead,
    // the scenario tab's splitter gave its left pane a width the description label overflowed.)
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
    QString m_baseToolTip; // the label's own tooltip, shown when nothing is cut
};

} // namespace proclab
