/** The pilot's one timeline, built from the page data: each entry's summary line and its body. */
import type { useFormatter } from "next-intl";
import type { getTranslations } from "next-intl/server";
import { AcknowledgeButton, FlagAnswerForm, SupportAnswerForm } from "@/components/pilots/AnswerForms";
import type { TimelineItem } from "@/components/pilots/ExecutionTimeline";
import { Badge } from "@/components/ui/Badge";
import type { PilotPageData } from "@/server/pilots/queries";
import { changeLines } from "@/components/pilots/amendment-lines";
import { acknowledgeAction, flagAnswerAction, supportAnswerAction } from "./actions";

type T = Awaited<ReturnType<typeof getTranslations<"pilots">>>;
type F = ReturnType<typeof useFormatter>;

const LEVEL_TONE = { LOW: "neutral", MEDIUM: "warning", HIGH: "danger" } as const;
const SUPPORT_TONE = { OPEN: "warning", GRANTED: "success", PARTLY_GRANTED: "info", REFUSED: "danger" } as const;

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="mt-2">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className="mt-0.5 whitespace-pre-line text-slate-800">{children}</dd>
    </div>
  );
}

export function timelineItems(d: PilotPageData, t: T, format: F): TimelineItem[] {
  const day = (x: Date) => format.dateTime(x, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
  const num = (n: number) => format.number(n, { maximumFractionDigits: 2 });
  const money = (v: string) => `${format.number(Number(v))} đ`;
  const can = (a: string) => d.actions.includes(a as (typeof d.actions)[number]);
  const reports = new Map(d.reports.map((r) => [r.id, r]));
  const notes = new Map(d.notes.map((n) => [n.id, n]));
  const supports = new Map(d.supportRequests.map((s) => [s.id, s]));
  const directives = new Map(d.directives.map((x) => [x.id, x]));
  const ackDeadlines = new Map(d.deadlines.filter((x) => x.kind === "DIRECTIVE_ACK").map((x) => [x.subjectId, x]));

  return d.timeline.flatMap((e): TimelineItem[] => {
    if (e.kind === "START") {
      return [
        {
          key: `start-${e.id}`,
          anchor: "started",
          at: e.at,
          kind: "START",
          title: d.start.automatic ? t("timeline.startedAuto", { date: d.start.startedOn ? day(new Date(`${d.start.startedOn}T00:00:00Z`)) : "" }) : t("timeline.started", { date: d.start.startedOn ? day(new Date(`${d.start.startedOn}T00:00:00Z`)) : "" }),
          badges: [],
          body: <p>{d.start.automatic ? t("timeline.startedAutoBody") : t("timeline.startedBody")}</p>,
        },
      ];
    }
    if (e.kind === "REPORT") {
      const r = reports.get(e.id)!;
      return [
        {
          key: `report-${r.id}`,
          anchor: `report-${r.id}`,
          at: e.at,
          kind: "REPORT",
          title: t("timeline.reportTitle", { period: r.period ?? 0, from: day(r.periodStart), to: day(r.periodEnd) }),
          badges: r.riskItems.some((x) => x.level === "HIGH") ? [{ tone: "danger", text: t("timeline.highRisk") }] : [],
          body: (
            <dl>
              <Row label={t("timeline.by")}>{r.authorName}</Row>
              <Row label={t("report.summary")}>{r.summary}</Row>
              {r.measurements.length ? (
                <Row label={t("report.values")}>
                  <ul className="list-disc pl-5">
                    {r.measurements.map((m) => (
                      <li key={m.kpiId}>
                        {m.kpiName}: <strong className="tabular-nums">{num(m.value)}</strong> {m.unit}
                        {m.note ? ` — ${m.note}` : ""}
                      </li>
                    ))}
                  </ul>
                </Row>
              ) : null}
              {r.riskItems.length ? (
                <Row label={t("report.risks")}>
                  <ul className="space-y-1">
                    {r.riskItems.map((x) => (
                      <li key={x.id}>
                        <Badge tone={LEVEL_TONE[x.level]}>{t(`report.levels.${x.level}`)}</Badge> {x.description}
                        {x.mitigation ? <span className="block text-xs text-slate-600">{t("timeline.mitigation", { text: x.mitigation })}</span> : null}
                      </li>
                    ))}
                  </ul>
                </Row>
              ) : r.risks ? (
                <Row label={t("report.risks")}>{r.risks}</Row>
              ) : null}
              {r.budgetSpentVnd ? <Row label={t("report.spent")}>{money(r.budgetSpentVnd)}</Row> : null}
              {r.supportRequested ? (
                <Row label={t("report.support")}>
                  {d.supportRequests.some((s) => s.progressReportId === r.id) ? t("timeline.supportSeparate") : r.supportRequested}
                </Row>
              ) : null}
              {r.attachments.length ? (
                <Row label={t("report.attachments")}>
                  <ul>
                    {r.attachments.map((a) => (
                      <li key={a.id}>
                        <a className="text-blue-800 underline" href={`/api/attachments/${a.id}`}>
                          {a.fileName}
                        </a>
                      </li>
                    ))}
                  </ul>
                </Row>
              ) : null}
            </dl>
          ),
        },
      ];
    }
    if (e.kind === "INSPECTION") {
      const n = notes.get(e.id)!;
      const open = n.flag !== null && n.answeredAt === null;
      return [
        {
          key: `note-${n.id}`,
          anchor: `note-${n.id}`,
          at: e.at,
          kind: "INSPECTION",
          title: `${t(`inspection.kinds.${n.kind}`)}${n.inspectedOn ? ` · ${day(n.inspectedOn)}` : ""}`,
          badges: [
            { tone: LEVEL_TONE[n.severity], text: t(`inspection.severities.${n.severity}`) },
            ...(n.flag ? [{ tone: open ? ("danger" as const) : ("success" as const), text: open ? t("timeline.flagOpen", { kind: t(`inspection.flags.${n.flag}`) }) : t("timeline.flagAnswered") }] : []),
          ],
          open: open && can("pilot.respond"),
          body: (
            <>
              <dl>
                <Row label={t("timeline.by")}>{n.authorName}</Row>
                <Row label={t("inspection.finding")}>{n.finding}</Row>
                {n.action ? <Row label={t("inspection.action")}>{n.action}</Row> : null}
                {n.answeredAt ? <Row label={t("timeline.headAnswer", { name: n.answeredByName, date: day(n.answeredAt) })}>{n.answer}</Row> : null}
              </dl>
              {open && can("pilot.respond") ? <FlagAnswerForm pilotId={d.id} noteId={n.id} answer={flagAnswerAction} /> : null}
              {open && !can("pilot.respond") ? <p className="mt-2 text-amber-900">{t("timeline.waitingHead")}</p> : null}
            </>
          ),
        },
      ];
    }
    if (e.kind === "SUPPORT") {
      const s = supports.get(e.id)!;
      return [
        {
          key: `support-${s.id}`,
          anchor: `support-${s.id}`,
          at: e.at,
          kind: "SUPPORT",
          title: `${t(`report.supportKinds.${s.kind}`)}: ${s.description.length > 90 ? `${s.description.slice(0, 90)}…` : s.description}`,
          badges: [{ tone: SUPPORT_TONE[s.status], text: t(`supportAnswer.statuses.${s.status}`) }],
          open: s.status === "OPEN" && can("pilot.respond"),
          body: (
            <>
              <dl>
                <Row label={t("timeline.by")}>{s.requestedByName}</Row>
                <Row label={t("report.supportDescription")}>{s.description}</Row>
                {s.amountVnd ? <Row label={t("report.supportAmount")}>{money(s.amountVnd)}</Row> : null}
                {s.answeredAt ? (
                  <Row label={t("timeline.headAnswer", { name: s.answeredByName, date: day(s.answeredAt) })}>
                    {s.answer}
                    {s.grantedBudgetVnd ? <span className="block">{t("timeline.grantedBudget", { amount: money(s.grantedBudgetVnd) })}</span> : null}
                    {s.grantedPeople ? <span className="block">{t("timeline.grantedPeople", { count: s.grantedPeople })}</span> : null}
                    {s.grantedEquipment ? <span className="block">{t("timeline.grantedEquipment", { text: s.grantedEquipment })}</span> : null}
                  </Row>
                ) : null}
              </dl>
              {s.status === "OPEN" && can("pilot.respond") ? <SupportAnswerForm pilotId={d.id} requestId={s.id} answer={supportAnswerAction} /> : null}
            </>
          ),
        },
      ];
    }
    const x = directives.get(e.id)!;
    const ack = ackDeadlines.get(x.id);
    const overdue = !x.acknowledgedAt && ack !== undefined && ack.workingDaysLeft < 0;
    const mayAck = !x.acknowledgedAt && can("pilot.acknowledge");
    return [
      {
        key: `directive-${x.id}`,
        anchor: `directive-${x.id}`,
        at: e.at,
        kind: "DIRECTIVE",
        title: t(`directive.kinds.${x.kind}`),
        badges: [
          x.acknowledgedAt
            ? { tone: "success", text: t("timeline.acknowledged") }
            : { tone: overdue ? "danger" : "warning", text: overdue ? t("timeline.ackOverdue") : t("timeline.ackPending") },
        ],
        open: mayAck,
        body: (
          <>
            <dl>
              <Row label={t("timeline.by")}>{`${x.issuedByName} · ${t(`directive.bases.${x.basis}`)}`}</Row>
              {x.reason ? <Row label={t("directive.reason")}>{x.reason}</Row> : null}
              {x.changes ? <Row label={t("timeline.changes")}>{changeLines(x.changes, t, format).join("\n")}</Row> : null}
              {x.acknowledgedAt ? (
                <Row label={t("timeline.ackBy")}>{`${x.acknowledgedByName} · ${day(x.acknowledgedAt)}`}</Row>
              ) : x.ackDueOn ? (
                <Row label={t("timeline.ackDue")}>{day(x.ackDueOn)}</Row>
              ) : null}
            </dl>
            {mayAck ? <AcknowledgeButton pilotId={d.id} directiveId={x.id} acknowledge={acknowledgeAction} /> : null}
          </>
        ),
      },
    ];
  });
}
