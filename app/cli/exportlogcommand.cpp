#include "cli/exportlogcommand.h"

#include "export/exportfile.h"

#include "export/csvwriter.h"
#include "http/redaction.h"
#include "model/requestfilter.h"
#include "store/storefactory.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "scim-monitor: %s\n", qPrintable(message));
    return 1;
}

QString redactedJson(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : Redaction::body(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

/// Spreadsheets hold at most 32,767 characters in a cell (Excel); longer bodies (a page of a
/// ListResponse) are cut with a note of how much is missing.
QString spreadsheetCell(const QString &text)
{
    constexpr qsizetype kMaxCell = 32000;
    if (text.size() <= kMaxCell)
        return text;
    return text.left(kMaxCell) + u"… [%1 more characters not exported]"_s.arg(text.size() - kMaxCell);
}

} // namespace

QStringList ExportLogCommand::columns()
{
    return {u"id"_s,
            u"time"_s,
            u"cycle"_s,
            u"client"_s,
            u"idp"_s,
            u"method"_s,
            u"path"_s,
            u"status"_s,
            u"duration_ms"_s,
            u"operation"_s,
            u"attempted_operation"_s,
            u"resource_type"_s,
            u"resource_id"_s,
            u"target"_s,
            u"token_label"_s,
            u"auth_failure"_s,
            u"quirks"_s,
            u"members_added"_s,
            u"members_removed"_s,
            u"change_before"_s,
            u"change_after"_s,
            u"request_headers"_s,
            u"request_body"_s,
            u"response_headers"_s,
            u"response_body"_s,
            u"request_id"_s,
            u"simulated"_s,
            u"fault"_s};
}

QStringList ExportLogCommand::fields(const RequestRecord &r)
{
    return {QString::number(r.id),
            time(r.time),
            r.cycleId > 0 ? QString::number(r.cycleId) : QString(),
            r.client,
            idpKey(r.idp),
            r.method,
            r.path,
            QString::number(r.status),
            QString::number(r.durationMs, 'f', 3),
            operationKey(r.operation),
            operationKey(r.attemptedOperation),
            r.resourceType,
            r.resourceId,
            r.target,
            r.tokenLabel,
            r.authFailure,
            Quirk::linesOf(r.quirks),
            QString::number(std::max<qint64>(r.change.membersAddedCount, r.change.membersAdded.size())),
            QString::number(std::max<qint64>(r.change.membersRemovedCount, r.change.membersRemoved.size())),
            redactedJson(r.change.before),
            redactedJson(r.change.after),
            Redaction::headerText(r.requestHeaders).trimmed(),
            spreadsheetCell(Redaction::body(r.requestBody.toUtf8())),
            Redaction::headerText(r.responseHeaders).trimmed(),
            spreadsheetCell(Redaction::body(r.responseBody.toUtf8())),
            r.requestRef,
            r.simulationRun,
            spreadsheetCell(r.fault)};
}

bool ExportLogCommand::write(Store &store, const RequestFilter &filter, QIODevice *device, bool bom, qint64 *rows,
                             QString *error)
{
    using Type = CsvWriter::Type;
    CsvWriter csv(device);
    QList<Type> types(columns().size(), Type::Text);
    for (const QString &numeric :
         {u"id"_s, u"cycle"_s, u"status"_s, u"duration_ms"_s, u"members_added"_s, u"members_removed"_s})
        types[columns().indexOf(numeric)] = Type::Number;
    csv.setColumnTypes(types);
    *rows = 0;
    if ((bom && !csv.writeBom()) || !csv.writeRow(columns())) {
        *error = csv.errorString();
        return false;
    }
    bool writeFailed = false;
    const bool ok = store.requestLog().forEach(filter, [&](const RequestRecord &r) {
        if (!csv.writeRow(fields(r))) {
            writeFailed = true;
            return false;
        }
        ++*rows;
        return true;
    });
    if (writeFailed) {
        *error = csv.errorString();
        return false;
    }
    if (!ok) {
        *error = u"Cannot read the request log: %1"_s.arg(store.lastError().message);
        return false;
    }
    return true;
}

int ExportLogCommand::run(const CommandLine &cl, const StoreConfig &storeConfig)
{
    QString error;
    StoreConfig config = storeConfig;
    config.mustExist = true;
    auto store = StoreFactory::open(config, u"export-log"_s, &error);
    if (!store)
        return fail(error);
    RequestFilter filter;
    filter.from = cl.from;
    filter.to = cl.to;

    QSaveFile file(cl.out);
    if (!ExportFile::open(file, &error))
        return fail(error);
    qint64 rows = 0;
    if (!write(*store, filter, &file, cl.bom, &rows, &error)) {
        file.cancelWriting();
        return fail(u"Cannot export the request log to %1: %2"_s.arg(cl.out, error));
    }
    if (!ExportFile::commit(file, &error))
        return fail(error);
    std::printf("Exported %lld request%s to %s.\n", rows, rows == 1 ? "" : "s", qPrintable(cl.out));
    return 0;
}

} // namespace scimmon
