#include "StartBench.h"

#include "Figures.h"
#include "MainWindow.h"
#include "Operator.h"
#include "ScaleData.h"
#include "analysis/AnalysisPage.h"
#include "desk/ComplaintListPage.h"
#include "desk/ComplaintTableModel.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace caseloop::bench {

namespace {
// One start showing tab `page`; `ready` says when the window is usable. Returns milliseconds, or -1.
double startShowing(const QString& path, int page, const std::function<bool(MainWindow&)>& ready,
                    double* analysed = nullptr)
{
    FixedClock clock(scaleEnd());
    QElapsedTimer t;
    t.start();
    auto opened = Store::open(path, clock);
    if (!opened) {
        QTextStream(stderr) << opened.error() << Qt::endl;
        return -1;
    }
    Store& store = *opened.value();
    Staff supervisor;
    for (const Staff& s : store.organisation().staff().value_or({}))
        if (s.role == Role::Supervisor) {
            supervisor = s;
            break;
        }
    const Operator op = Operators::use(store, supervisor);
    MainWindow window(store, op);
    window.show();
    window.showPage(page);
    QCoreApplication::processEvents();
    while (!ready(window))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (analysed) {
        while (window.analysis()->busy())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        *analysed = double(t.nsecsElapsed()) / 1e6;
    }
    return ms;
}
} // namespace

void startUp(const QString& path)
{
    report(QStringLiteral("start.desk"),
           startShowing(path, 0,
                        [](MainWindow& w) {
                            ComplaintTableModel* model = w.complaintList()->model();
                            return model->rowCount() == 0 || !model->data(model->index(0, 0)).isNull();
                        }),
           QStringLiteral("ms"));
    report(QStringLiteral("start.rectification"), startShowing(path, 1, [](MainWindow&) { return true; }),
           QStringLiteral("ms"));
    double analysed = -1;
    report(QStringLiteral("start.analysis"),
           startShowing(
               path, 2, [](MainWindow&) { return true; }, &analysed),
           QStringLiteral("ms"));
    report(QStringLiteral("start.analysis_figures"), analysed, QStringLiteral("ms"));
}

} // namespace caseloop::bench
