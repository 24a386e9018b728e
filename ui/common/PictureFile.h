#pragma once

#include "models/core/Result.h"

#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;

namespace encode::ui {

// Draws into the picture: `target` is the whole picture, in the painter's coordinates.
using Painting = std::function<void(QPainter &painter, const QRectF &target)>;

// A drawing the user asked to save (a chart, a provenance graph): SVG when the name ends in .svg, PNG
// otherwise, `size` in points (PNG pixels are `pixelsPerPoint` times as many). Written through
// app::OutputFile, so it never lands on a collection or another database and is never half written.
[[nodiscard]] models::Status savePicture(const QString &path, const QString &collectionPath, const QSizeF &size,
                                         const QString &title, const Painting &paint, qreal pixelsPerPoint = 2);

} // namespace encode::ui
