#pragma once

#include "tests/support/TestCollection.h"

namespace encode::testsupport {

// The hostile collection behind the export golden files (tests/data/export/hostile.*): three
// experiments stored through the repository whose values hold everything that breaks naive CSV,
// JSON or spreadsheets (quotes, separators, CR/LF, braces, formula look-alikes, non-ASCII, empty and
// NULL fields), their publications, and three derived files (two naming the first experiment, one
// naming only an untracked file). False with a message in `error` when something could not be stored.
[[nodiscard]] bool seedHostileCollection(const TestCollection &collection, QString &error);

// The accessions seedHostileCollection() stores, newest first (the export order).
[[nodiscard]] QStringList hostileAccessions();

// `count` plain generated experiments (ENCSR + 6 digits + "G"), each with one publication, written in one
// SQL transaction so 100,000 take a second, not the minutes of tracking them one by one.
[[nodiscard]] bool seedGeneratedExperiments(const TestCollection &collection, int count, QString &error);

} // namespace encode::testsupport
