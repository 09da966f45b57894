#pragma once

#include "scim/scimconstants.h"
#include "service/resourceservice.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace scimmon {

/// Runs a Bulk request (RFC 7644 §3.7): POST, PUT, PATCH and DELETE operations on /Users and
/// /Groups, in request order except that an operation referring to `bulkId:X` runs after the POST
/// that creates X. Each operation is its own transaction (a Bulk request is not atomic); after
/// `failOnErrors` failures the remaining operations are not run.
class BulkProcessor
{
public:
    /// Most operations one request may hold (`bulk.maxOperations`).
    static constexpr int kMaxOperations = kMaxBulkOperations;

    explicit BulkProcessor(ResourceService &service);

    /// Runs `body` (a BulkRequest). Returns 200 with a BulkResponse holding one entry per operation
    /// run (its status as a string, `location` and `version` on success, the SCIM error as
    /// `response` on failure). Errors of the request as a whole: 400 `invalidSyntax` (no Operations
    /// array, bad `failOnErrors`), 413 when it holds more than kMaxOperations operations.
    ScimOutcome process(const QJsonObject &body);

private:
    struct Step
    {
        int index = 0;
        QString method;
        QString bulkId;
        QString path;
        QString version;
        QJsonValue data;
        QSet<QString> references; ///< bulkIds the path or data refer to
    };
    QJsonObject run(const Step &op);
    QJsonObject runWithDependencies(int index);
    static QJsonObject failure(const Step &op, const ScimError &error);

    ResourceService &m_service;
    QList<Step> m_operations;
    QHash<QString, int> m_creator; ///< bulkId → index of the POST that creates it
    QHash<QString, QString> m_created; ///< bulkId → id of the created resource
    QHash<int, QJsonObject> m_results; ///< index → response entry
    QSet<int> m_running; ///< for detecting circular references
};

} // namespace scimmon
