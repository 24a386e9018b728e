// fake-portal: the tests' fake ENCODE Portal as a program, for trying the app without a network and for
// the screenshots in docs/. It serves the hand-written fixtures, a few hundred generated experiments and
// one cart, on 127.0.0.1:
//
//   build/dev/tests/fake-portal [--port 8765] [--experiments 400]
//   build/dev/encode-tracker --portal-url http://127.0.0.1:8765
#include "tests/support/FakePortal.h"
#include "tests/support/PortalFixtures.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A fake ENCODE Portal on 127.0.0.1 with invented experiments."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("port"), QStringLiteral("Port to listen on (default 8765)."), QStringLiteral("N"), QStringLiteral("8765")},
        {QStringLiteral("experiments"), QStringLiteral("Generated experiments to serve (default 400, at most 900)."),
         QStringLiteral("N"), QStringLiteral("400")},
    });
    parser.process(app);

    encode::testsupport::FakePortal portal;
    if (portal.loadFixtures(encode::testsupport::fixtureDirectory()) < 0)
        return 1;
    const int count = std::clamp(parser.value(QStringLiteral("experiments")).toInt(), 0, 900);
    QJsonArray cart;
    for (int i = 0; i < count; ++i) {
        const QString accession = QStringLiteral("ENCSR%1GEN").arg(100 + i);
        QJsonObject experiment = encode::testsupport::generatedExperiment(accession, i);
        // Some audit flags of each level, so that the badges can be seen.
        QJsonObject audit = experiment.value(QStringLiteral("audit")).toObject();
        if (i % 7 == 3)
            audit.insert(QStringLiteral("ERROR"), QJsonArray{QJsonObject{{QStringLiteral("category"), QStringLiteral("extremely low read depth")},
                                                                          {QStringLiteral("level"), 60}}});
        if (i % 5 == 1)
            audit.insert(QStringLiteral("NOT_COMPLIANT"),
                         QJsonArray{QJsonObject{{QStringLiteral("category"), QStringLiteral("insufficient read length")},
                                                {QStringLiteral("level"), 50}}});
        experiment.insert(QStringLiteral("audit"), audit);
        portal.addObject(experiment);
        if (i % 40 == 0)
            cart.append(QStringLiteral("/experiments/%1/").arg(accession));
    }
    const QString cartPath = QStringLiteral("/carts/fake-portal-cart/");
    portal.addObjectAt(cartPath, QJsonObject{{QStringLiteral("@id"), cartPath},
                                             {QStringLiteral("@type"), QJsonArray{QStringLiteral("Cart"), QStringLiteral("Item")}},
                                             {QStringLiteral("elements"), cart}});
    if (!portal.start(static_cast<quint16>(parser.value(QStringLiteral("port")).toUInt())))
        return 1;
    QTextStream out(stdout);
    out << "fake ENCODE Portal at " << portal.baseUrl().toString() << " (" << count << " generated experiments)\n"
        << "a cart: " << portal.baseUrl().toString() << cartPath << '\n';
    out.flush();
    return QCoreApplication::exec();
}
