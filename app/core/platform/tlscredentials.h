#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

#include <optional>

namespace scimmon {

/// The certificate and key files of the receiver's HTTPS listener, as the user named them.
struct TlsFiles
{
    /// PEM (the server certificate first, then any intermediates), DER, or PKCS#12 (.p12/.pfx,
    /// which holds the key too). Empty: the receiver speaks plain HTTP.
    QString certificateFile;
    /// The private key (RSA or EC) in PEM: PKCS#1, SEC1 or PKCS#8, plain or encrypted. Empty
    /// for a PKCS#12 certificate file.
    QString keyFile;
    /// The passphrase of an encrypted key or PKCS#12 file. Held in memory only: the app keeps it
    /// in the OS keychain, never in a file.
    QByteArray passphrase;

    bool enabled() const { return !certificateFile.isEmpty(); }
};

/// Reads the receiver's certificate and private key into a server-side TLS configuration that
/// accepts TLS 1.2 and newer only (what Entra ID's provisioning service requires: TLS 1.2 with a
/// certificate chaining to a public root; older protocol versions are refused at the handshake).
class TlsCredentials
{
public:
    /// Why load() failed.
    enum class Problem {
        None,
        Unreadable, ///< a file is missing or cannot be read
        NoCertificate, ///< the certificate file holds no certificate
        NoKey, ///< no key file was named, or it holds no RSA or EC private key
        NeedsPassphrase, ///< the key or PKCS#12 file is encrypted and no passphrase was given
        WrongPassphrase, ///< the passphrase does not open the key or PKCS#12 file
        KeyMismatch, ///< the key is not the certificate's (different algorithm or size)
    };

    /// What load() read.
    struct Loaded
    {
        QSslConfiguration configuration; ///< server mode, TLS 1.2 or newer, no client certificates
        QSslCertificate certificate; ///< the server certificate (first of the chain)
        /// Things that do not stop the receiver but that an IdP will refuse: an expired or not
        /// yet valid certificate, a self-signed one (Entra ID needs a public CA).
        QStringList warnings;
    };

    /// Reads `files` at time `now` (for the validity warnings). Returns std::nullopt with `*error`
    /// set to a sentence naming the file and the fix, and `*problem` (when given) to the kind.
    static std::optional<Loaded> load(const TlsFiles &files, QString *error, Problem *problem = nullptr,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// One line describing `certificate` for the settings dialog: subject, issuer and expiry.
    static QString describe(const QSslCertificate &certificate);
};

} // namespace scimmon
