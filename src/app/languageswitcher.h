// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>
#include <memory>

class QTranslator;

namespace proclab {

// Installs the translators for one language at a time. Installing them makes Qt send LanguageChange
// to every widget, which is what lets each one re-read its texts without a restart.
class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // "en", "de", "fr": the languages shipped with ProcLab.
    static QStringList availableLanguages();
    // The language's own name ("Deutsch"), as a user looks for it whatever the current language.
    static QString nativeName(const QString &language);
    // The system language if ProcLab has it, else English.
    static QString systemLanguage();

    QString language() const { return m_language; }
    // Returns false (and keeps the current language) when no translation for it can be loaded.
    bool setLanguage(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace proclab
