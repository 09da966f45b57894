#pragma once

#include "store/storeerror.h"

#include <QString>

#include <functional>
#include <optional>

namespace scimmon {

/// One connection to the database and its transactions, shared by the repositories of a Store.
/// Used only on the thread that opened it (Qt Sql's rule). Every repository call that fails
/// returns false (or -1, or an empty result) and leaves the reason in lastError().
///
/// Transactions nest: the outermost begin() starts a transaction, an inner one a savepoint, so a
/// service can make its change atomic inside the receiver's transaction for the whole request
/// (the change, its audit events and its request-log row commit together). commit() of the
/// outermost transaction makes everything durable; rollback() of an inner one undoes only what
/// was done since its begin().
class Database
{
public:
    /// Whether a transaction only reads (a consistent snapshot that never holds up the writer) or
    /// writes (takes the write lock at once, so concurrent writers queue instead of failing).
    enum class Mode { Write, Read };

    virtual ~Database() = default;

    /// "sqlite" or "postgresql".
    virtual QString backend() const = 0;
    /// Where the data lives, for messages: a file path or a server address.
    virtual QString location() const = 0;
    /// Why the last failed call failed; Kind::None after a successful one.
    virtual StoreError lastError() const = 0;

    /// Begins a transaction, or a savepoint inside the open one. False on failure (nothing open).
    virtual bool begin(Mode mode = Mode::Write) = 0;
    /// Commits the innermost transaction or savepoint. The outermost commit makes the changes
    /// durable; a response may be sent only after it returns true. On failure everything of the
    /// outermost transaction is rolled back and false is returned.
    virtual bool commit() = 0;
    /// Undoes the innermost transaction or savepoint; lastError() keeps the failure that led here.
    virtual void rollback() = 0;
    /// Open transactions and savepoints; 0 outside a transaction.
    virtual int depth() const = 0;
    /// Statements that write (INSERT, UPDATE, DELETE; possibly changing no row) run on this
    /// connection so far, a counter that only grows: two readings tell whether the work between
    /// them wrote. The receiver commits a turn of requests that wrote with their log rows at once,
    /// and batches the log rows of requests that only read.
    virtual quint64 writeCount() const = 0;
    /// Inside a write transaction: a counter that has grown since an earlier reading if another
    /// connection (the command line, another receiver or desk on the same file) may have
    /// committed a change in between. It is read when the outermost write transaction begins
    /// (SQLite's PRAGMA data_version, one query per transaction); while that transaction holds
    /// the write lock nobody else can commit, so the value stays true until it ends. std::nullopt
    /// outside a write transaction, and always when the backend cannot tell (PostgreSQL): the
    /// caller then reads the database each time. Changes made on this connection do not count;
    /// a cache of rows keeps its own account of those (see TokenRepository::revision()).
    virtual std::optional<quint64> othersChanges() const = 0;
    /// Asks the database to call `onNewRequests` (on this connection's thread, from its event
    /// loop) whenever a transaction on any connection, in any process, has committed request-log
    /// rows: PostgreSQL's LISTEN/NOTIFY. Returns false when the backend cannot notify (SQLite) or
    /// subscribing failed (lastError() says why); the caller then polls. Several calls replace
    /// the callback. The thread needs a running event loop for the calls to come.
    virtual bool watchRequestLog(std::function<void()> onNewRequests) = 0;
};

} // namespace scimmon
