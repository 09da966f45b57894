#pragma once

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace scimmon {

/// The application's settings, typed, in `settings.ini` inside the data directory, so that
/// `--data-dir` keeps everything of one instance in one folder. Only non-secret values live here;
/// secrets belong in the OS keychain.
class AppSettings
{
public:
    /// Settings of the instance whose data directory is `dataDir`.
    explicit AppSettings(const QString &dataDir);

    /// The data directory for `requested` (from --data-dir) or, when empty, the one chosen in the
    /// settings dialog (preferredDataDir()) or else the platform's application-data location
    /// (~/.local/share/scim-monitor on Linux). Created if missing. Empty with `*error` set when it
    /// cannot be created.
    static QString resolveDataDir(const QString &requested, QString *error);
    /// The data directory used from the next start when no --data-dir is given; empty: the
    /// platform's default. Kept outside any data directory, in the user's configuration folder
    /// (`data-location.ini` in QStandardPaths::AppConfigLocation).
    static QString preferredDataDir();
    /// Sets preferredDataDir() (empty: back to the platform's default). Moves no data.
    static void setPreferredDataDir(const QString &dir);

    QString dataDir() const { return m_dataDir; }

    /// Listen address of the receiver, "HOST:PORT"; default "127.0.0.1:8080".
    QString listen() const;
    void setListen(const QString &hostPort);

    /// Largest request body accepted, in bytes; default 10 MiB.
    qint64 maxBodyBytes() const;
    /// Idle connection timeout, in milliseconds; default 60 000.
    int idleTimeoutMs() const;
    /// Reverse proxies whose X-Forwarded-For names the client, as addresses or subnets
    /// ("127.0.0.1", "10.0.0.0/8"); key `receiver/trustedProxies`, a comma-separated list.
    /// Default: none (X-Forwarded-For is ignored). See ReceiverConfig::setTrustedProxies().
    QStringList trustedProxies() const;
    void setTrustedProxies(const QStringList &proxies);

    /// Days the request log keeps entries (`log/retentionDays`); 0 keeps them forever. Default 30.
    int logRetentionDays() const;
    void setLogRetentionDays(int days);
    /// Most entries the request log keeps (`log/retentionRows`), the oldest go first; 0: no limit.
    /// Default 1,000,000.
    qint64 logRetentionRows() const;
    void setLogRetentionRows(qint64 rows);

    /// The receiver's HTTPS certificate file (`tls/certificateFile`): PEM, DER or PKCS#12. Empty
    /// (the default): plain HTTP. See TlsFiles.
    QString tlsCertificateFile() const;
    void setTlsCertificateFile(const QString &path);
    /// The private key file of the certificate (`tls/keyFile`); empty for a PKCS#12 file.
    QString tlsKeyFile() const;
    void setTlsKeyFile(const QString &path);
    /// True when the key's passphrase is kept in the OS keychain (`tls/passphraseInKeychain`).
    /// The passphrase itself is never written here.
    bool tlsPassphraseInKeychain() const;
    void setTlsPassphraseInKeychain(bool inKeychain);

    /// The store the window opens when started without --store (`store/url`): a PostgreSQL URL
    /// without a password (see StoreConfig::fromUrl); empty (the default): the SQLite store in the
    /// data directory.
    QString storeUrl() const;
    void setStoreUrl(const QString &url);
    /// Whether the window also runs a receiver on a shared store (`store/localReceiver`); default
    /// false: it only watches what other receivers write. The SQLite store always has one.
    bool storeLocalReceiver() const;
    void setStoreLocalReceiver(bool run);
    /// True when the password of storeUrl() is kept in the OS keychain (`store/passwordInKeychain`,
    /// under SecretStore::storePasswordKey()). The password itself is never written here.
    bool storePasswordInKeychain() const;
    void setStorePasswordInKeychain(bool inKeychain);

    /// Ids of the Secret Tokens the user chose to remember in the OS keychain (`tokens/inKeychain`),
    /// so that the token manager can reveal and copy them. Only the ids: the tokens are in the keychain.
    QList<qint64> tokensInKeychain() const;
    void setTokensInKeychain(const QList<qint64> &ids);
    /// Adds `id` to tokensInKeychain() or removes it.
    void setTokenInKeychain(qint64 id, bool remembered);
    /// Client Identifiers of the OAuth clients whose Client Secret the user chose to remember in
    /// the OS keychain (`oauthClients/inKeychain`). Only the identifiers.
    QStringList clientsInKeychain() const;
    /// Adds `clientId` to clientsInKeychain() or removes it.
    void setClientInKeychain(const QString &clientId, bool remembered);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    /// Saved state of a splitter or header, by name.
    QByteArray viewState(const QString &name) const;
    void setViewState(const QString &name, const QByteArray &state);

    void sync() { m_settings.sync(); }

private:
    QString m_dataDir;
    QSettings m_settings;
};

} // namespace scimmon
