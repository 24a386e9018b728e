#include "ui/common/PictureFile.h"

#include "app/export/OutputFile.h"

#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace encode::ui {

models::Status savePicture(const QString &path, const QString &collectionPath, const QSizeF &size, const QString &title,
                           const Painting &paint, qreal pixelsPerPoint)
{
    models::Result<std::unique_ptr<app::OutputFile>> output = app::OutputFile::open(path, collectionPath);
    if (!output.ok())
        return output.failure();
    QIODevice &device = output.value()->device();
    const auto failed = [&path](const QString &reason) { return app::cannotWrite(path, reason); };
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setOutputDevice(&device);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        svg.setTitle(title);
        QPainter painter;
        if (!painter.begin(&svg))
            return failed(QStringLiteral("cannot draw an SVG picture"));
        paint(painter, QRectF(QPointF(0, 0), size));
        if (!painter.end())
            return failed(device.errorString());
    } else {
        QImage image((size * pixelsPerPoint).toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(painter, QRectF(image.rect()));
        painter.end();
        if (!image.save(&device, "PNG"))
            return failed(device.errorString());
    }
    return output.value()->commit();
}

} // namespace encode::ui
