// LoadRunController's words for what is wrong with a plan, one per field of the setup sheet: kept
// apart from the controller's running and presenting of a run (the class's tr() context, so the
// translations stay the controller's).
#include "LoadRunController.h"

#include "CallController.h" // the header's QPointer members need the complete types
#include "CallHistory.h"
#include "LoadRunStore.h"
#include "Session.h"

namespace switchboard::gui {

namespace {
using Code = load::PlanProblem::Code;
}

QString LoadRunController::describe(const load::PlanProblem &p)
{
    switch (p.code) {
    case Code::NoEndpoint: return tr("Choose a service and an endpoint on the Call page first.");
    case Code::Concurrency: return tr("From 1 to %1 requests in flight.").arg(p.limit);
    case Code::Rate: return tr("A rate above 0 and at most %1 requests a second.").arg(p.limit);
    case Code::NothingToRun: return tr("Give a number of requests or a duration.");
    case Code::TooManyRequests: return tr("At most %1 requests.").arg(p.limit);
    case Code::Duration: return tr("At most %1 seconds.").arg(p.limit);
    case Code::Warmup: return tr("The warm-up must be shorter than the run.");
    case Code::Timeout: return tr("The timeout must be from 1 ms to %1 s.").arg(p.limit);
    case Code::StopErrorPercent: return tr("An error rate from 0 to 100 %.");
    case Code::ThresholdP99: return tr("A p99 above 0 ms.");
    case Code::ThresholdErrors: return tr("An error rate from 0 to 100 %.");
    case Code::Template: {
        const auto &e = p.templateError;
        using Problem = load::TemplateError::Problem;
        const QString name = QString::fromStdString(e.name);
        switch (e.problem) {
        case Problem::Unclosed: return tr("Column %1: \"{{\" without \"}}\".").arg(e.column);
        case Problem::UnknownName:
            return tr("Column %1: {{%2}} is not a placeholder; use {{seq}}, {{uuid}}, {{randInt A B}} or {{now}}.").arg(e.column).arg(name);
        case Problem::BadNumbers: return tr("Column %1: randInt takes two whole numbers, as {{randInt 1 100}}.").arg(e.column);
        case Problem::EmptyRange: return tr("Column %1: in {{%2}} the first number is larger than the second.").arg(e.column).arg(name);
        case Problem::None: break;
        }
        return {};
    }
    case Code::BodyNotJson: return tr("The body is not JSON once its placeholders are filled in.");
    case Code::BodyTooLarge: return tr("The request would be larger than the server's limit of %1 bytes.").arg(p.limit);
    }
    return {};
}

} // namespace switchboard::gui
