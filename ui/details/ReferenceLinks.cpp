#include "ui/details/ReferenceLinks.h"

#include <QCoreApplication>

namespace encode::ui {

QString referenceTypeLabel(const QString &type)
{
    struct Label {
        const char *type;
        const char *label;
    };
    static constexpr Label labels[] = {
        {"pmid", QT_TRANSLATE_NOOP("ReferenceLinks", "PubMed")},
        {"doi", QT_TRANSLATE_NOOP("ReferenceLinks", "DOI")},
        {"geo_accession", QT_TRANSLATE_NOOP("ReferenceLinks", "GEO")},
        {"nct_id", QT_TRANSLATE_NOOP("ReferenceLinks", "ClinicalTrials.gov")},
        {"biorxiv_doi", QT_TRANSLATE_NOOP("ReferenceLinks", "bioRxiv DOI")},
        {"preprint_doi", QT_TRANSLATE_NOOP("ReferenceLinks", "Preprint DOI")},
        {"dbgap", QT_TRANSLATE_NOOP("ReferenceLinks", "dbGaP")},
        {"other", QT_TRANSLATE_NOOP("ReferenceLinks", "Other")},
    };
    for (const Label &label : labels) {
        if (type == QLatin1String(label.type))
            return QCoreApplication::translate("ReferenceLinks", label.label);
    }
    return type;
}

} // namespace encode::ui
