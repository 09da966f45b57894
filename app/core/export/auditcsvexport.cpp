#include "export/auditcsvexport.h"

#include "export/exportfile.h"

#include "audit/auditlog.h"
#include "export/csvwriter.h"
#include "store/store.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace scimmon {

QStringList AuditCsvExport::columns()
{
    return {u"event_id"_s,    u"time"_s,      u"actor"_s,       u"action"_s,  u"target_type"_s, u"target_id"_s,
            u"target_name"_s, u"member_id"_s, u"member_name"_s, u"changes"_s, u"request_id"_s,  u"result"_s};
}

AuditCsvExport::Outcome AuditCsvExport::write(Store &store, const AuditFilter &filter, QIODevice *out, bool bom,
                                              const Progress &progress)
{
    Outcome outcome;
    const qint64 total = progress ? store.audit().count(filter) : -1;
    CsvWriter csv(out);
    csv.setColumnTypes({CsvWriter::Type::Number});
    if ((bom && !csv.writeBom()) || !csv.writeRow(columns())) {
        outcome.error = u"Cannot write the file: %1"_s.arg(csv.errorString());
        return outcome;
    }
    bool writeFailed = false;
    const bool finished = store.audit().forEachRow(filter, [&](const AuditRow &e) {
        const bool ok = csv.writeRow({QString::number(e.id), e.time, e.actor, e.action, e.targetType, e.targetId,
                                      e.targetName, e.memberId, e.memberName, e.changes, e.requestRef, e.result});
        if (!ok) {
            writeFailed = true;
            return false;
        }
        ++outcome.rows;
        if (progress && outcome.rows % 5000 == 0 && !progress(outcome.rows, total)) {
            outcome.cancelled = true;
            return false;
        }
        return true;
    });
    if (writeFailed) {
        outcome.error = u"Cannot write the file: %1"_s.arg(csv.errorString());
        return outcome;
    }
    if (outcome.cancelled)
        return outcome;
    if (!finished) {
        outcome.error = u"Cannot read the audit trail: %1"_s.arg(store.lastError().message);
        return outcome;
    }
    if (progress)
        progress(outcome.rows, total);
    outcome.ok = true;
    return outcome;
}

AuditCsvExport::Outcome AuditCsvExport::writeFile(Store &store, const AuditFilter &filter, const QString &path,
                                                  bool bom, const Progress &progress)
{
    QSaveFile file(path);
    Outcome o;
    if (!ExportFile::open(file, &o.error))
        return o;
    o = write(store, filter, &file, bom, progress);
    if (!o.ok) {
        file.cancelWriting();
        return o;
    }
    if (!ExportFile::commit(file, &o.error))
        o.ok = false;
    return o;
}

} // namespace scimmon
