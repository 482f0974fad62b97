// SPDX-License-Identifier: MIT
#include "languageswitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace proclab {

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    removeTranslators();
}

QStringList LanguageSwitcher::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString LanguageSwitcher::nativeName(const QString &language)
{
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

QString LanguageSwitcher::systemLanguage()
{
    const QString system = QLocale::languageToCode(QLocale::system().language());
    return availableLanguages().contains(system) ? system : QStringLiteral("en");
}

void LanguageSwitcher::removeTranslators()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

bool LanguageSwitcher::setLanguage(const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    if (language == m_language && m_app)
        return true;
    std::unique_ptr<QTranslator> app = std::make_unique<QTranslator>();
    std::unique_ptr<QTranslator> qt;
    // English too: its catalogue holds the plural forms ("1 process", "2 processes").
    if (!app->load(QStringLiteral(":/i18n/proclab_%1.qm").arg(language)))
        return false;
    if (language != QLatin1String("en")) {
        // Qt's own strings (standard buttons, file dialogs) come from Qt's catalogue, when
        // installed.
        qt = std::make_unique<QTranslator>();
        if (!qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset();
    }
    removeTranslators();
    m_app = std::move(app);
    m_qt = std::move(qt);
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    if (m_app)
        QCoreApplication::installTranslator(m_app.get());
    m_language = language;
    // Numbers and dates follow the language too: 1.234,5 in German, 1 234,5 in French.
    QLocale::setDefault(QLocale(language));
    emit languageChanged(language);
    return true;
}

} // namespace proclab
