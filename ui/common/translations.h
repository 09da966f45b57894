#pragma once

#include <QCoreApplication>
#include <QString>

class QLocale;

namespace scimmon {

class AppSettings;

/// The language of the window and the translators that give it. The window follows the system's
/// language (German when the system asks for German before English, English otherwise) unless
/// View → Language chose one; the choice is kept in settings.ini (`ui/language`) and applies from
/// the next start. English always gets its plural forms ("1 failure", "2 failures") from
/// :/i18n/scim-monitor_en.qm; German adds Qt's own qtbase_de.qm (the standard buttons and
/// dialogs, when installed) and :/i18n/scim-monitor_de.qm. Only the window installs them: the
/// headless receiver and the command line always speak English.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)
public:
    enum class Language {
        System, ///< follow the system's languages
        English,
        German,
    };

    /// English or German: `language` itself, or for System the first of `system`'s UI languages
    /// that is English or German (English when neither is listed).
    static Language resolve(Language language, const QLocale &system);
    /// Installs the translators of `language` (System resolved with QLocale::system()) in the
    /// application, replacing those installed before. Needs a QCoreApplication. Returns the
    /// language now shown, English or German.
    static Language install(Language language);
    /// Removes what install() installed: the source texts are shown again (with "(s)" plurals).
    static void remove();

    /// The language chosen in View → Language; System when none was chosen.
    static Language saved(const AppSettings &settings);
    /// Keeps `language` as the choice for the next start.
    static void save(AppSettings &settings, Language language);

    /// How the Language menu names `language`: "System default" in the window's language,
    /// "English" and "Deutsch" in their own.
    static QString displayName(Language language);
};

} // namespace scimmon
