#include "app/citations/CitationFormat.h"

#include "app/citations/BibtexWriter.h"
#include "app/citations/CitationJson.h"
#include "app/citations/CslJsonWriter.h"
#include "app/citations/RisWriter.h"

namespace encode::app {

QStringList citationFormatNames()
{
    return {QStringLiteral("json"), QStringLiteral("bibtex"), QStringLiteral("ris"),
            QStringLiteral("csl-json")};
}

std::optional<CitationFormat> citationFormatNamed(const QString &name)
{
    static const CitationFormat formats[] = {CitationFormat::Json, CitationFormat::Bibtex,
                                             CitationFormat::Ris, CitationFormat::CslJson};
    const qsizetype index = citationFormatNames().indexOf(name);
    if (index < 0)
        return std::nullopt;
    return formats[index];
}

QString formatCitations(const CitationSet &set, CitationFormat format)
{
    switch (format) {
    case CitationFormat::Bibtex:
        return bibtexCitations(set);
    case CitationFormat::Ris:
        return risCitations(set);
    case CitationFormat::CslJson:
        return cslJsonCitations(set);
    case CitationFormat::Json:
        break;
    }
    return jsonCitations(set);
}

} // namespace encode::app
