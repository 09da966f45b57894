#pragma once

#include "model/idp.h"
#include "simulator/simulateddirectory.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace scimmon {

/// What a simulated provisioning job keeps between cycles, as a real job does: the directory with
/// each object's object connection, last acknowledged values and escrow, the number of cycles
/// run and the watermark of the last one. Saved as a JSON state file that names the target it was
/// written for; loading it for another target is refused (its object connections would point
/// into another server).
struct SimulatorState
{
    static constexpr int kFormat = 1; ///< the state file's format version

    QString target; ///< the target's identity (see targetIdentity())
    Idp idp = Idp::Entra;
    int cycles = 0; ///< provisioning cycles run (test connections not counted)
    QDateTime watermark; ///< UTC end of the last cycle that ran to its end; invalid: none
    SimulatedDirectory directory;

    /// The identity of a Tenant URL as the state file records it: scheme, host, port and path
    /// without a trailing slash, query (such as ?aadOptscim062020) and fragment dropped; host in
    /// lower case.
    static QString targetIdentity(const QUrl &tenantUrl);
    /// The target identity of the app's own receiver of the data directory `dataDir`: the data
    /// directory names it, since the receiver's port changes from start to start.
    static QString ownReceiverIdentity(const QString &dataDir);
    /// The default state file of a simulated IdP (`idpKey` "entra" or "okta"):
    /// `<dataDir>/simulator/<idpKey>-own-receiver.json` for the own receiver (`target` empty),
    /// `<dataDir>/simulator/<idpKey>-<host>-<port>-<hash>.json` for another Tenant URL `target`
    /// (hash: the first 8 hex digits of the URL's SHA-256). The command line and the window share it.
    static QString defaultPath(const QString &dataDir, const QString &idpKey, const QString &target);

    /// Reads the state file `path`. Returns false with `*error` set (one English sentence) when
    /// the file cannot be read, is not a state file, or was written for another `target` or IdP.
    /// `*exists` is set to whether the file exists; a missing file is no error (returns false,
    /// `*error` empty).
    static bool load(const QString &path, const QString &target, Idp idp, SimulatorState *state, bool *exists,
                     QString *error);
    /// Writes the state atomically to `path` (creating its folder). False with `*error` on failure.
    bool save(const QString &path, QString *error) const;
};

} // namespace scimmon
