// The alert engine's states and their timing, one evaluation a second as the app and the CLI do:
// pending → firing after the for-duration, resolved only after the clear duration, a flapping
// value that fires once and does not resolve until it is really gone, hysteresis, silences,
// every kind of rule, and rules kept or restarted when the rule list changes. The rules file:
// a round trip, and every kind of mistake said with where it is, importing nothing.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "watch/AlertEngine.h"
#include "watch/AlertRulesFile.h"
#include "watch/MeasurementsFrom.h"
#include "live/CallObserver.h"
#include "srv/SrvTypes.h"
#include "watch/SrvErrorRates.h"

using namespace switchboard;
using namespace switchboard::watch;

namespace {
AlertRule rule(const char *id, RuleKind kind, const char *target, Comparison c, double threshold, int forS, int clearS)
{
    AlertRule r;
    r.id = id;
    r.name = QString("rule %1").arg(id);
    r.kind = kind;
    r.target = target;
    r.comparison = c;
    r.threshold = threshold;
    r.forSeconds = forS;
    r.clearSeconds = clearS;
    return r;
}

AlertMeasurements rates(std::initializer_list<std::pair<const char *, double>> subjects, QList<QString> watched = {">"})
{
    AlertMeasurements m;
    m.region = "eu";
    for (const auto &[s, r] : subjects)
        m.subjectRates.insert(s, r);
    m.watched = watched;
    m.subjectsGeneration = qHash(QStringList(m.subjectRates.keys()).join(','));
    return m;
}

constexpr qint64 t0 = 1'800'000'000'000;
qint64 at(int seconds) { return t0 + qint64(seconds) * 1000; }

QStringList names(const std::vector<AlertTransition> &ts)
{
    QStringList out;
    for (const auto &t : ts)
        out << t.ruleId + ":" + t.name();
    return out;
}
} // namespace

class TestAlertEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void observedCallsGiveAServicesErrorRateAndP99()
    {
        live::ObservedCalls calls;
        calls.repliesObserved = true;
        // Two callers of inventory: one busy and failing a tenth, one slow and quiet; and a
        // service whose replies came too long ago for a p99.
        calls.edges.push_back({"orders", "inventory", "Inventory.Reserve", 1000, 100, 50.0, 0.10, 12.0});
        calls.edges.push_back({"billing", "inventory", "Inventory.Stock", 10, 0, 1.0, 0.0, 250.0});
        calls.edges.push_back({"orders", "ledger", "Ledger.Post", 5, 0, 0.0, 0.0, -1});
        AlertMeasurements m = measurementsFrom({"eu", nullptr, nullptr, nullptr, &calls});
        QVERIFY(m.services.contains("inventory"));
        QCOMPARE(*m.services["inventory"].p99Ms, 250.0); // the worst of its edges
        QVERIFY(qAbs(*m.services["inventory"].errorRatePercent - 100.0 * (0.10 * 50) / 51) < 1e-9); // weighted by rate
        QVERIFY(!m.services["ledger"].p99Ms.has_value());
        AlertRule slow;
        slow.id = "slow";
        slow.kind = RuleKind::ServiceLatency;
        slow.target = "inventory";
        slow.comparison = Comparison::Above;
        slow.threshold = 200;
        AlertEngine engine;
        slow.forSeconds = 0;
        engine.setRules({slow});
        const auto transitions = engine.evaluate(m, 1000);
        QVERIFY(!transitions.empty());
        QCOMPARE(transitions.back().to, AlertState::Firing); // for 0 s: at once
        calls.repliesObserved = false; // replies not seen: no figures at all, not zeros
        m = measurementsFrom({"eu", nullptr, nullptr, nullptr, &calls});
        QVERIFY(!m.services.contains("inventory"));
    }

    void srvStatsGiveAServicesErrorRateBetweenTwoLooks()
    {
        const auto instance = [](const char *id, int64_t requests, int64_t errors) {
            srv::SrvInstance i;
            i.name = "ledger";
            i.id = id;
            srv::SrvEndpoint post, get;
            post.numRequests = requests - 10;
            post.numErrors = errors;
            get.numRequests = 10; // errors of every endpoint add up
            i.endpoints = {post, get};
            return i;
        };
        SrvErrorRates rates;
        rates.add({instance("a", 1000, 500)});
        QVERIFY(rates.percent().empty()); // one look: counts since the start, not a rate
        rates.add({instance("a", 1100, 520), instance("b", 50, 50)}); // b is new: its baseline
        QCOMPARE(rates.percent().at("ledger"), 20.0);
        rates.add({instance("a", 1100, 520), instance("b", 150, 60)});
        QCOMPARE(rates.percent().at("ledger"), 10.0); // only b had requests
        rates.add({instance("a", 5, 5), instance("b", 150, 60)}); // a started again; no requests
        QVERIFY(!rates.percent().count("ledger")); // no data, not 0 %
        rates.add({instance("a", 25, 5), instance("b", 150, 60)});
        QCOMPARE(rates.percent().at("ledger"), 0.0);

        // With observed calls of the same name, the worse share counts.
        live::ObservedCalls calls;
        calls.repliesObserved = true;
        calls.edges.push_back({"orders", "ledger", "Ledger.Post", 100, 3, 10.0, 0.03, 5.0});
        const std::map<std::string, double> srvShare{{"ledger", 40.0}, {"audit", 1.0}};
        MeasurementSources sources{"eu", nullptr, nullptr, nullptr, &calls};
        sources.srvErrorPercent = &srvShare;
        const AlertMeasurements m = measurementsFrom(sources);
        QCOMPARE(*m.services["ledger"].errorRatePercent, 40.0);
        QCOMPARE(*m.services["audit"].errorRatePercent, 1.0);
    }

    void aSubjectThatStopsIsPendingThenFiringThenResolved()
    {
        AlertEngine engine;
        engine.setRules({rule("a", RuleKind::SubjectRate, "orders.created", Comparison::Stopped, 0, 10, 5)});
        QVERIFY(engine.evaluate(rates({{"orders.created", 12}}), at(0)).empty());
        QCOMPARE(names(engine.evaluate(rates({{"orders.created", 0}}), at(1))), QStringList{"a:pending"});
        for (int s = 2; s <= 10; ++s)
            QVERIFY2(engine.evaluate(rates({{"orders.created", 0}}), at(s)).empty(), qPrintable(QString::number(s)));
        const auto firing = engine.evaluate(rates({{"orders.created", 0}}), at(11)); // 10 s after it stopped
        QCOMPARE(names(firing), QStringList{"a:firing"});
        QCOMPARE(firing[0].region, QString("eu"));
        QCOMPARE(firing[0].where, QString("orders.created"));
        QCOMPARE(engine.firingCount(), 1);
        QCOMPARE(engine.status("a")->lastFiredMs, at(11));
        // Back: resolved 5 s later, not before.
        for (int s = 12; s <= 16; ++s)
            QVERIFY(engine.evaluate(rates({{"orders.created", 3}}), at(s)).empty());
        QCOMPARE(names(engine.evaluate(rates({{"orders.created", 3}}), at(17))), QStringList{"a:resolved"});
        QCOMPARE(engine.status("a")->state, AlertState::Inactive);
        QCOMPARE(engine.status("a")->lastResolvedMs, at(17));
        QCOMPARE(engine.firingCount(), 0);

        // A condition that goes before its for-duration: pending, then inactive; never firing.
        QCOMPARE(names(engine.evaluate(rates({{"orders.created", 0}}), at(20))), QStringList{"a:pending"});
        QCOMPARE(names(engine.evaluate(rates({{"orders.created", 1}}), at(25))), QStringList{"a:inactive"});
        QVERIFY(!AlertEngine::toEvent(AlertTransition{"a", "x", "eu", "", AlertState::Pending, AlertState::Inactive, 1, at(25), false}));
    }

    void aFlappingValueFiresOnceAndResolvesOnlyWhenItIsGone()
    {
        AlertEngine engine;
        // Errors above 5 % for 3 s; clear below 4 % for 10 s.
        AlertRule r = rule("err", RuleKind::ServiceErrorRate, "payments", Comparison::Above, 5, 3, 10);
        r.clearThreshold = 4;
        engine.setRules({r});
        auto errors = [](double pct) {
            AlertMeasurements m;
            m.region = "eu";
            m.catalogKnown = true;
            m.services.insert("payments", ServiceFigures{2, pct, 20.0});
            return m;
        };
        QStringList seen;
        // 60 s hovering around the threshold: 6 %, 4.5 %, 6 %, 3 %, ... every second.
        const double wave[] = {6, 6, 6, 6, 4.5, 6, 3, 6, 4.5, 3};
        for (int s = 0; s < 60; ++s)
            seen << names(engine.evaluate(errors(wave[s % 10]), at(s)));
        QCOMPARE(seen, (QStringList{"err:pending", "err:firing"})); // once, and still firing
        QCOMPARE(engine.status("err")->state, AlertState::Firing);
        // 4.5 % is under 5 % but not under the clear threshold: it keeps firing.
        for (int s = 60; s < 80; ++s)
            QVERIFY(engine.evaluate(errors(4.5), at(s)).empty());
        for (int s = 80; s < 90; ++s)
            QVERIFY(engine.evaluate(errors(2), at(s)).empty());
        QCOMPARE(names(engine.evaluate(errors(2), at(90))), QStringList{"err:resolved"});
    }

    void aSilencedRuleChangesStateButSaysItIsSilenced()
    {
        AlertEngine engine;
        AlertRule r = rule("s", RuleKind::ServiceNodes, "orders", Comparison::Below, 2, 0, 0);
        r.silencedUntilMs = at(30);
        engine.setRules({r});
        AlertMeasurements m;
        m.catalogKnown = true;
        m.services.insert("orders", ServiceFigures{1, {}, {}});
        const auto firing = engine.evaluate(m, at(0));
        QCOMPARE(names(firing), QStringList{"s:firing"});
        QVERIFY(firing[0].silenced);
        QCOMPARE(firing[0].value, 1.0);
        m.services["orders"].liveNodes = 3;
        QVERIFY(!engine.evaluate(m, at(31)).at(0).silenced); // the silence is over
        // Renaming or silencing keeps the state; changing the threshold starts again.
        m.services["orders"].liveNodes = 1;
        engine.evaluate(m, at(40));
        QCOMPARE(engine.status("s")->state, AlertState::Firing);
        r.name = "orders thin";
        r.silencedUntilMs = at(100);
        engine.setRules({r});
        QCOMPARE(engine.status("s")->state, AlertState::Firing);
        r.threshold = 1;
        engine.setRules({r});
        QCOMPARE(engine.status("s")->state, AlertState::Inactive);
        r.enabled = false;
        engine.setRules({r});
        QVERIFY(engine.evaluate(m, at(50)).empty());
        QVERIFY(!engine.status("s")->value); // a disabled rule measures nothing
    }

    void everyKindMeasuresWhatItSays()
    {
        AlertEngine engine;
        engine.setRules({rule("wild", RuleKind::SubjectRate, "orders.*", Comparison::Above, 100, 0, 0),
                         rule("quiet", RuleKind::SubjectRate, "audit.log", Comparison::Stopped, 0, 0, 0),
                         rule("unwatched", RuleKind::SubjectRate, "billing.done", Comparison::Stopped, 0, 0, 0),
                         rule("gone", RuleKind::ServiceNodes, "pricing", Comparison::Below, 1, 0, 0),
                         rule("slow", RuleKind::ServiceLatency, "orders", Comparison::Above, 50, 0, 0),
                         rule("zone", RuleKind::ZoneHealth, "", Comparison::Above, 0, 0, 0),
                         rule("down", RuleKind::ServerDown, "", Comparison::Above, 0, 0, 0),
                         rule("consumers", RuleKind::SlowConsumers, "n1", Comparison::Above, 0, 0, 0)});
        AlertMeasurements m = rates({{"orders.created", 60}, {"orders.paid", 50}, {"orders.paid.late", 999}}, {"orders.>", "audit.>"});
        m.catalogKnown = true;
        m.services.insert("orders", ServiceFigures{3, 0.0, 80.0});
        m.clusterKnown = true;
        m.zoneHealth = {{"az-a", 0}, {"az-b", 2}, {"az-c", 1}};
        m.servers.insert("n1", ServerFigures{"az-a", true, 4});
        m.servers.insert("n2", ServerFigures{"az-b", false, 0});
        QCOMPARE(names(engine.evaluate(m, at(0))), (QStringList{"wild:firing", "quiet:firing", "gone:firing", "slow:firing", "zone:firing", "down:firing"}));
        QCOMPARE(*engine.status("wild")->value, 110.0); // orders.created + orders.paid; not orders.paid.late
        QCOMPARE(*engine.status("quiet")->value, 0.0);  // watched (audit.>) and silent
        QVERIFY(!engine.status("unwatched")->value);    // not watched: no data, never fires
        QCOMPARE(engine.status("zone")->where, QString("az-b"));
        QCOMPARE(*engine.status("zone")->value, 2.0);
        QCOMPARE(engine.status("down")->where, QString("n2"));
        QCOMPARE(*engine.status("consumers")->value, 0.0); // the first look is the baseline
        m.servers["n1"].slowConsumers = 7;
        QCOMPARE(names(engine.evaluate(m, at(1))), QStringList{"consumers:firing"});
        QCOMPARE(*engine.status("consumers")->value, 3.0);
        // A rule for another region is not evaluated here.
        AlertRule elsewhere = rule("us", RuleKind::ServiceNodes, "pricing", Comparison::Below, 1, 0, 0);
        elsewhere.region = "us";
        engine.setRules({elsewhere});
        QVERIFY(engine.evaluate(m, at(2)).empty());
    }

    void aRateNotKnownYetIsNoData()
    {
        // Start-up: the subscription is younger than the rate window (nothing `watched`) and a
        // subject's first message came before the sampler's first second: 0, but not known. A
        // clean-clone ./test saw "orders stopped" go pending, then inactive a moment later.
        AlertEngine engine;
        engine.setRules({rule("stopped", RuleKind::SubjectRate, "orders.created", Comparison::Stopped, 0, 2, 2),
                         rule("wild", RuleKind::SubjectRate, "orders.*", Comparison::Stopped, 0, 2, 2)});
        AlertMeasurements m = rates({{"orders.created", 0}}, {});
        QVERIFY(engine.evaluate(m, at(0)).empty());
        QVERIFY(!engine.status("stopped")->value);
        QVERIFY(!engine.status("wild")->value);
        m.subjectRates["orders.created"] = 25;
        QVERIFY(engine.evaluate(m, at(1)).empty());
        QCOMPARE(*engine.status("stopped")->value, 25.0);
        // Once the subscription has covered a whole window, 0 is a real 0.
        m = rates({{"orders.created", 0}}, {"orders.>"});
        m.subjectsGeneration += 1; // the watched set moved: MeasurementsFrom folds it in
        QCOMPARE(names(engine.evaluate(m, at(2))), (QStringList{"stopped:pending", "wild:pending"}));
    }

    void wildcardRulesSumTheirSubjectsWhateverTheirFirstToken()
    {
        AlertEngine engine;
        engine.setRules({rule("lead", RuleKind::SubjectRate, "*.paid", Comparison::Above, 1000, 0, 0),
                         rule("all", RuleKind::SubjectRate, ">", Comparison::Above, 1000, 0, 0),
                         rule("first", RuleKind::SubjectRate, "orders.>", Comparison::Above, 1000, 0, 0)});
        AlertMeasurements m = rates({{"orders.paid", 50}, {"refunds.paid", 7}, {"orders.created.eu", 3}, {"audit", 1}});
        engine.evaluate(m, at(0));
        QCOMPARE(*engine.status("lead")->value, 57.0);
        QCOMPARE(*engine.status("all")->value, 61.0);
        QCOMPARE(*engine.status("first")->value, 53.0);
        // A new subject (a new generation) is matched again; the same set is not.
        m.subjectRates.insert("refunds.paid.late", 100);
        m.subjectRates.insert("orders.paid", 60);
        engine.evaluate(m, at(1));
        QCOMPARE(*engine.status("lead")->value, 67.0);  // rates follow at once
        QCOMPARE(*engine.status("all")->value, 71.0);   // the new subject waits for a new generation
        m.subjectsGeneration += 1;
        engine.evaluate(m, at(2));
        QCOMPARE(*engine.status("all")->value, 171.0);
    }

    void subjectsMatchAsNatsDoes()
    {
        QVERIFY(subjectMatches("orders.*", "orders.created"));
        QVERIFY(!subjectMatches("orders.*", "orders.created.eu"));
        QVERIFY(subjectMatches("orders.>", "orders.created.eu"));
        QVERIFY(!subjectMatches("orders.>", "orders"));
        QVERIFY(subjectMatches(">", "a"));
        QVERIFY(subjectMatches("*.created", "orders.created"));
        QVERIFY(!subjectMatches("orders", "orders.created"));
        QVERIFY(!subjectMatches("orders.created", "orders"));
        QVERIFY(subjectMatches("orders.created", "orders.created"));
    }

    void theShippedExampleLoads()
    {
        QFile example(SB_SOURCE_DIR "/docs/alert-rules.example.json");
        QVERIFY(example.open(QIODevice::ReadOnly));
        const ParsedRules parsed = AlertRulesFile::parse(example.readAll());
        QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join('\n')));
        QCOMPARE(parsed.rules.size(), size_t(5));
    }

    void rulesFilesRoundTripAndSayEveryMistake()
    {
        AlertRule a = rule("a", RuleKind::SubjectRate, "orders.created", Comparison::Stopped, 0, 60, 30);
        a.silencedUntilMs = at(3600);
        AlertRule b = rule("b", RuleKind::ServiceErrorRate, "payments", Comparison::Above, 5, 30, 60);
        b.clearThreshold = 4;
        b.region = "eu";
        b.enabled = false;
        const ParsedRules back = AlertRulesFile::parse(AlertRulesFile::write({a, b}));
        QVERIFY2(back.ok(), qPrintable(back.errors.join('\n')));
        QCOMPARE(back.rules.size(), size_t(2));
        QVERIFY(back.rules[0] == a);
        QVERIFY(back.rules[1] == b);

        const ParsedRules broken = AlertRulesFile::parse("{\"rules\": [\n  {\"name\": \"x\",, }\n]}");
        QCOMPARE(broken.errors.size(), 1);
        QVERIFY2(broken.errors[0].startsWith("not JSON at line 2, column"), qPrintable(broken.errors[0]));

        const ParsedRules wrong = AlertRulesFile::parse(R"({"version": 1, "rules": [
            {"id": "1", "name": "fine", "kind": "service-nodes", "target": "orders", "comparison": "below", "threshold": 2},
            {"id": "2", "name": "bad kind", "kind": "cpu"},
            {"id": "1", "name": "twice", "kind": "zone-health"},
            {"name": "no target", "kind": "subject-rate", "forSeconds": -5, "colour": "red"},
            "not an object"
        ]})");
        QVERIFY(wrong.rules.empty()); // nothing is imported from a file with a mistake
        const QString all = wrong.errors.join('\n');
        QVERIFY2(all.contains("rule 2 (bad kind): \"kind\" must be one of subject-rate, service-nodes"), qPrintable(all));
        QVERIFY2(all.contains("rule 3 (twice): the id \"1\" is used twice"), qPrintable(all));
        QVERIFY2(all.contains("rule 4 (no target): \"target\" must name the subject"), qPrintable(all));
        QVERIFY2(all.contains("rule 4 (no target): \"forSeconds\" must be a number from 0 to 604800"), qPrintable(all));
        QVERIFY2(all.contains("rule 4 (no target): unknown field \"colour\""), qPrintable(all));
        QVERIFY2(all.contains("rule 5: must be an object"), qPrintable(all));
        QVERIFY2(wrong.errors.size() == 6, qPrintable(all));

        QVERIFY(AlertRulesFile::parse(R"({"version": 2, "rules": []})").errors.at(0).contains("\"version\" must be 1"));
        QVERIFY(AlertRulesFile::parse("[]").errors.at(0).contains("\"rules\" list"));
        QVERIFY(AlertRulesFile::parse(QByteArray("\x00\xff\xfe binary", 10)).errors.at(0).startsWith("not JSON"));
        QVERIFY(AlertRulesFile::parse(QByteArray(AlertRulesFile::kMaxBytes + 1, ' ')).errors.at(0).contains("MiB"));

        // A subject rule's subject of 10 000 characters would be a SUB line the server closes the
        // connection for: refused, naming the rule and the field, as is a subject that is not one.
        // (No raw strings here: moc loses its way in them.)
        const auto rulesFile = [](const QList<QJsonObject> &rules) {
            QJsonArray list;
            for (const QJsonObject &r : rules)
                list.append(r);
            return QJsonDocument(QJsonObject{{"rules", list}}).toJson(QJsonDocument::Compact);
        };
        const auto subjectRule = [](const QString &name, const QString &target) {
            return QJsonObject{{"name", name}, {"kind", "subject-rate"}, {"target", target}, {"comparison", "stopped"}};
        };
        const ParsedRules tooLong = AlertRulesFile::parse(rulesFile({subjectRule("long", "orders." + QString(9993, 'x'))}));
        QCOMPARE(tooLong.errors, QStringList{"rule 1 (long): \"target\" is a subject of 10000 characters; a subject is at most 1024"});
        const ParsedRules notASubject = AlertRulesFile::parse(rulesFile(
            {subjectRule("regex", "orders\\.(created|paid)$ .*"), subjectRule("gt", "orders.>.x"), subjectRule("ok", "orders.*.>")}));
        QCOMPARE(notASubject.errors.size(), 2);
        QVERIFY2(notASubject.errors[0].startsWith("rule 1 (regex): \"target\" is not a NATS subject"), qPrintable(notASubject.errors[0]));
        QVERIFY2(notASubject.errors[1].startsWith("rule 2 (gt): \"target\" is not a NATS subject"), qPrintable(notASubject.errors[1]));
        const ParsedRules longName = AlertRulesFile::parse(
            rulesFile({QJsonObject{{"name", QString(300, 'n')}, {"kind", "service-nodes"}, {"target", "orders"}}}));
        QVERIFY2(longName.errors.size() == 1 && longName.errors[0].contains("\"name\" has 300 characters; at most 256"),
                 qPrintable(longName.errors.join('\n')));
        // A 10 MB file of rules: more than a file holds, said in one line.
        QList<QJsonObject> bigList;
        for (int i = 0; i < 110000; ++i)
            bigList << subjectRule("rule " + QString::number(i), "orders." + QString::number(i));
        const QByteArray big = rulesFile(bigList);
        QVERIFY(big.size() > 10000000);
        QElapsedTimer took;
        took.start();
        const ParsedRules huge = AlertRulesFile::parse(big);
        QVERIFY2(huge.errors.size() == 1 && huge.errors[0].contains("a rules file holds at most 10000"), qPrintable(huge.errors.value(0)));
        QVERIFY2(took.elapsed() < 30000, qPrintable(QString::number(took.elapsed()))); // no hang, also under ASan
        // Thousands of mistakes: the first fifty, and how many more.
        QList<QJsonObject> wrongs;
        for (int i = 0; i < 200; ++i)
            wrongs << QJsonObject{{"name", "w"}, {"kind", "cpu"}};
        const ParsedRules many = AlertRulesFile::parse(rulesFile(wrongs));
        QCOMPARE(many.errors.size(), AlertRulesFile::kMaxErrors + 1);
        QVERIFY(many.errors.back().contains("and 150 more"));
        // Ids are made for rules that have none; kept ones stay.
        const ParsedRules fresh = AlertRulesFile::parse(R"({"rules": [{"name": "z", "kind": "zone-health"}]})");
        QVERIFY(fresh.ok());
        QCOMPARE(fresh.rules[0].id.size(), 36);
        QCOMPARE(fresh.rules[0].comparison, Comparison::Above);
    }
};

QTEST_APPLESS_MAIN(TestAlertEngine)
#include "tst_alert_engine.moc"
