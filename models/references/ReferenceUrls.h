#pragma once

#include <QString>
#include <QUrl>

// Where an external reference points on the web (spec section 10). One place for every front end:
// the CLI prints these, the details pane and the References editor link to them.
namespace encode::models {

// The page for `id` of reference `type` (pmid, doi, geo_accession, nct_id, biorxiv_doi, preprint_doi,
// dbgap, other). Invalid when the type has no site or the id is empty. An "other" id that is already a
// web address links to itself.
[[nodiscard]] QUrl referenceUrl(const QString &type, const QString &id);

// A PMID's PubMed page: the id trimmed, a "PMID:" prefix dropped, then digits only (else invalid).
[[nodiscard]] QUrl pubmedUrl(const QString &pmid);
[[nodiscard]] QUrl doiUrl(const QString &doi);
[[nodiscard]] QUrl geoUrl(const QString &accession);
[[nodiscard]] QUrl clinicalTrialsUrl(const QString &nctId);
[[nodiscard]] QUrl dbgapUrl(const QString &studyId);

} // namespace encode::models
