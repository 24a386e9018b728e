#include "models/references/ReferenceTypes.h"

#include <QRegularExpression>

namespace encode::models {
namespace {

struct TypeRule {
    const char *type;
    const char *pattern; // anchored; empty: any non-empty text
    const char *form;
};

// Patterns follow each registry's published id syntax; DOIs only need the "10.<registrant>/" head
// that every DOI has, since suffixes may hold nearly any character.
constexpr TypeRule rules[] = {
    {"pmid", "^[1-9][0-9]{0,8}$", "digits, such as 22955616"},
    {"doi", "^10\\.[0-9]{4,9}/\\S+$", "10.NNNN/suffix, such as 10.1038/nature11247"},
    {"geo_accession", "^(GSE|GSM|GPL|GDS)[0-9]+$", "GSE, GSM, GPL or GDS and digits, such as GSE123456"},
    {"nct_id", "^NCT[0-9]{8}$", "NCT and 8 digits, such as NCT01234567"},
    {"biorxiv_doi", "^10\\.1101/\\S+$", "a bioRxiv DOI, 10.1101/..., such as 10.1101/2020.01.01.123456"},
    {"preprint_doi", "^10\\.[0-9]{4,9}/\\S+$", "a DOI, 10.NNNN/suffix, such as 10.21203/rs.3.rs-12345/v1"},
    {"dbgap", "^phs[0-9]{6}(\\.v[0-9]+(\\.p[0-9]+)?)?$",
     "phs and 6 digits, optionally with a version, such as phs000424 or phs000424.v8.p2"},
    {"other", "", "any text, such as a URL or a lab notebook reference"},
};

const TypeRule *ruleFor(const QString &type)
{
    for (const TypeRule &rule : rules) {
        if (type == QLatin1String(rule.type))
            return &rule;
    }
    return nullptr;
}

QString withoutPrefix(const QString &type, QString id)
{
    static const QRegularExpression pmid(QStringLiteral("^PMID:?\\s*"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression doi(QStringLiteral("^(https?://(dx\\.)?doi\\.org/|doi:\\s*)"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (type == QLatin1String("pmid"))
        id.remove(pmid);
    else if (type.endsWith(QLatin1String("doi")))
        id.remove(doi);
    return id.trimmed();
}

} // namespace

const QStringList &referenceTypes()
{
    static const QStringList types = [] {
        QStringList all;
        for (const TypeRule &rule : rules)
            all.append(QLatin1String(rule.type));
        return all;
    }();
    return types;
}

Status checkReferenceType(const QString &type)
{
    if (ruleFor(type))
        return std::nullopt;
    return invalidInput(QStringLiteral("unknown reference type '%1': expected one of %2")
                            .arg(type, referenceTypes().join(QLatin1String(", "))));
}

QString expectedReferenceForm(const QString &type)
{
    const TypeRule *rule = ruleFor(type);
    return rule ? QLatin1String(rule->form) : QString();
}

Result<QString> normalisedReferenceId(const QString &type, const QString &id)
{
    if (Status invalid = checkReferenceType(type))
        return *invalid;
    const TypeRule *rule = ruleFor(type);
    const QString bare = withoutPrefix(type, id.trimmed());
    const QString pattern = QLatin1String(rule->pattern);
    const bool fits =
        pattern.isEmpty() ? !bare.isEmpty() : QRegularExpression(pattern).match(bare).hasMatch();
    if (fits)
        return bare;
    return invalidInput(
        QStringLiteral("'%1' is not a valid %2 id: expected %3").arg(id, type, QLatin1String(rule->form)));
}

} // namespace encode::models
