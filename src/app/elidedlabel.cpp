// SPDX-License-Identifier: MIT
#include "elidedlabel.h"

#include <QResizeEvent>

namespace proclab {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ElidedLabel::setFullText(const QString &text)
{
    if (m_baseToolTip.isNull())
        m_baseToolTip = toolTip();
    m_fullText = text;
    elide();
}

QSize ElidedLabel::sizeHint() const
{
    return {0, QLabel::sizeHint().height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {0, QLabel::minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    const int room = contentsRect().width() - 2 * margin() - 2 * indent();
    const QString shown = fontMetrics().elidedText(m_fullText, Qt::ElideRight, std::max(room, 0));
    if (shown != text())
        setText(shown);
    setToolTip(shown == m_fullText ? m_baseToolTip : m_fullText);
}

} // namespace proclab
