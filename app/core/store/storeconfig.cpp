#include "store/storeconfig.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace scimmon {

std::optional<StoreConfig> StoreConfig::fromUrl(const QString &text, QString *error)
{
    const QString usage = u"Use postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]."_s;
    auto wrong = [&](const QString &what) -> std::optional<StoreConfig> {
        if (error)
            *error = u"The store URL \"%1\" is not valid: %2 %3"_s.arg(text, what, usage);
        return std::nullopt;
    };
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return wrong(url.errorString() + u'.');
    if (url.scheme() != "postgresql"_L1 && url.scheme() != "postgres"_L1)
        return wrong(u"the scheme must be postgresql://."_s);
    if (!url.password().isEmpty()) {
        // Not echoed: the message would carry the password into a terminal log.
        if (error)
            *error = u"The store URL must not contain a password: put it in ~/.pgpass, the file named by PGPASSFILE, "
                     "or PGPASSWORD. %1"_s.arg(usage);
        return std::nullopt;
    }
    if (url.userName().isEmpty())
        return wrong(u"the user name is missing."_s);
    if (url.host().isEmpty())
        return wrong(u"the host is missing."_s);
    const QString path = url.path();
    const QString database = path.startsWith(u'/') ? path.mid(1) : path;
    if (database.isEmpty() || database.contains(u'/'))
        return wrong(u"the database name is missing."_s);
    if (url.hasFragment())
        return wrong(u"a #fragment is not allowed."_s);
    StoreConfig c;
    c.backend = u"postgresql"_s;
    c.host = url.host();
    c.port = url.port(5432);
    c.user = url.userName();
    c.database = database;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != "sslmode"_L1)
            return wrong(u"the option \"%1\" is not supported (only sslmode)."_s.arg(key));
        static const QStringList modes{u"disable"_s, u"allow"_s,     u"prefer"_s,
                                       u"require"_s, u"verify-ca"_s, u"verify-full"_s};
        if (!modes.contains(value))
            return wrong(u"sslmode must be one of %1."_s.arg(modes.join(u", "_s)));
        c.sslMode = value;
    }
    return c;
}

QString StoreConfig::displayName() const
{
    if (backend == "postgresql"_L1)
        return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
    return sqlitePath;
}

} // namespace scimmon
