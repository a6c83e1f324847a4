"use client";
/**
 * The review page's forms: conditions checklist, Party committee's opinion, collective meeting
 * and vote, and the written decision (Art. 4, 5.1, khoản 1 Điều 8 NĐ 73/2023), all on the revision
 * under review. Each posts one server action and shows refusals at the field, keeping what was
 * typed. The decision form offers what the tally allows (domain/decision.ts decisionChoices).
 */
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Field, Input, Select, Textarea, describedBy } from "@/components/ui/Field";
import { type DecisionChoices } from "@/domain/decision";
import { CONDITION_OVERRIDE_MIN_CHARS } from "@/domain/decision";
import { MoneyInput } from "@/components/ui/MoneyInput";
import { CONDITIONS, FINDINGS } from "@/domain/review";
import { SOLE_RATIONALE_MIN_CHARS, type VoteRuleSummary, type VoteTally } from "@/domain/vote";
import { type CalendarDays, NonWorkingDayHint, type Target, TargetRows, useDay, useWorkCalendar, VoteBase } from "./ReviewParts";
import { useActionForm, type ActionResult } from "@/components/forms/useActionForm";

type Act = (proposalId: string, input: unknown) => Promise<ActionResult<unknown>>;

function FormError({ error }: { error: string | null }) {
  return error ? (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {error}
    </p>
  ) : null;
}

export function ChecklistPanel({
  proposalId,
  version,
  initial,
  editable,
  save,
}: {
  proposalId: string;
  version: number;
  initial: { condition: string; finding: string; note: string | null }[];
  editable: boolean;
  save: Act;
}) {
  const t = useTranslations("review.checklist");
  const { pending, error, submit } = useActionForm();
  const [rows, setRows] = useState(() =>
    CONDITIONS.map((c) => {
      const f = initial.find((x) => x.condition === c);
      return { condition: c, finding: f?.finding ?? "", note: f?.note ?? "" };
    }),
  );
  return (
    <Card title={t("title")}>
      <p className="mb-3 text-sm text-slate-600">{t("hint")}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit(
            () => save(proposalId, { proposalId, version, findings: rows.filter((r) => r.finding).map((r) => ({ condition: r.condition, finding: r.finding, note: r.note || undefined })) }),
            t("saved"),
          );
        }}
        className="space-y-3"
      >
        <FormError error={error} />
        {rows.map((r, i) => (
          <fieldset key={r.condition} className="rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium">{t(`conditions.${r.condition}`)}</legend>
            <div className="flex flex-wrap gap-3" role="radiogroup" aria-label={t("finding")}>
              {FINDINGS.map((f) => (
                <label key={f} className="flex items-center gap-1.5 text-sm">
                  <input
                    type="radio"
                    name={`finding-${r.condition}`}
                    value={f}
                    disabled={!editable}
                    checked={r.finding === f}
                    onChange={() => setRows((all) => all.map((x, j) => (j === i ? { ...x, finding: f } : x)))}
                  />
                  {t(`findings.${f}`)}
                </label>
              ))}
            </div>
            <label className="sr-only" htmlFor={`note-${r.condition}`}>
              {t("note")}
            </label>
            <Input
              id={`note-${r.condition}`}
              className="mt-2"
              placeholder={t("note")}
              value={r.note}
              disabled={!editable}
              maxLength={2000}
              onChange={(e) => setRows((all) => all.map((x, j) => (j === i ? { ...x, note: e.target.value } : x)))}
            />
          </fieldset>
        ))}
        {editable ? (
          <Button type="submit" variant="secondary" disabled={pending}>
            {t("save")}
          </Button>
        ) : null}
      </form>
    </Card>
  );
}

export type Opinion = {
  id: string;
  requestedAt: Date;
  answeredAt: Date | null;
  stance: string | null;
  content: string | null;
  requestedBy: string;
  answeredBy: string | null;
};

export function PartyPanel({
  proposalId,
  version,
  opinions,
  required,
  canRequest,
  canAnswer,
  request,
  answer,
}: {
  proposalId: string;
  version: number;
  opinions: Opinion[];
  required: boolean;
  canRequest: boolean;
  canAnswer: boolean;
  request: Act;
  answer: Act;
}) {
  const t = useTranslations("review.party");
  const format = useFormatter();
  const { pending, error, fieldErrors, submit } = useActionForm();
  const [stance, setStance] = useState("");
  const [content, setContent] = useState("");
  const pendingRequest = opinions.find((o) => !o.answeredAt);
  const day = (d: Date) => format.dateTime(d, { day: "2-digit", month: "2-digit", year: "numeric" });
  return (
    <Card title={t("title")}>
      <p className="mb-3 text-sm text-slate-600">{required ? t("required") : t("notRequired")}</p>
      <FormError error={error} />
      {opinions.length === 0 ? <p className="text-sm">{t("none")}</p> : null}
      <ul className="space-y-3">
        {opinions.map((o) =>
          o.answeredAt ? (
            <li key={o.id} className="rounded-md border border-slate-200 p-3 text-sm">
              <p className="text-slate-700">{t("answered", { name: o.answeredBy ?? "", date: day(o.answeredAt) })}</p>
              <p className="mt-1">
                <Badge tone={o.stance === "AGREE" ? "success" : o.stance === "DISAGREE" ? "danger" : "warning"}>{t(`stances.${o.stance}`)}</Badge>
              </p>
              <p className="mt-1 whitespace-pre-line">{o.content}</p>
            </li>
          ) : (
            <li key={o.id} className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
              {t("pending", { date: day(o.requestedAt) })}
            </li>
          ),
        )}
      </ul>
      {canRequest && !pendingRequest && !opinions.some((o) => o.answeredAt) ? (
        <Button className="mt-3" variant="secondary" disabled={pending} onClick={() => void submit(() => request(proposalId, { proposalId, version }), t("requested"))}>
          {t("request")}
        </Button>
      ) : null}
      {canAnswer && pendingRequest ? (
        <form
          className="mt-4 space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            void submit(() => answer(proposalId, { opinionId: pendingRequest.id, stance: stance || undefined, content }), t("sent"));
          }}
        >
          <fieldset>
            <legend className="text-sm font-medium">{t("stance")}</legend>
            <div className="mt-1 flex flex-wrap gap-3">
              {(["AGREE", "DISAGREE", "COMMENTS"] as const).map((s) => (
                <label key={s} className="flex items-center gap-1.5 text-sm">
                  <input type="radio" name="stance" value={s} checked={stance === s} onChange={() => setStance(s)} />
                  {t(`stances.${s}`)}
                </label>
              ))}
            </div>
            {fieldErrors.stance ? <p className="text-sm text-red-700">{fieldErrors.stance}</p> : null}
          </fieldset>
          <Field id="party-content" label={t("content")} error={fieldErrors.content} required>
            <Textarea id="party-content" value={content} onChange={(e) => setContent(e.target.value)} invalid={!!fieldErrors.content} aria-describedby={describedBy("party-content", { error: fieldErrors.content })} rows={4} />
          </Field>
          <Button type="submit" disabled={pending}>
            {t("answer")}
          </Button>
        </form>
      ) : null}
    </Card>
  );
}

export type MeetingView = {
  id: string;
  /** Vietnamese local day, YYYY-MM-DD. */
  heldOn: string;
  closedAt: Date | null;
  minutes: string | null;
  tally: VoteTally | null;
  rule: VoteRuleSummary | null;
  members: { userId: string; name: string; isHead: boolean; present: boolean; excluded: boolean; exclusionReason: string | null; vote: string | null }[];
};

export type AnnulledMeeting = { id: string; heldOn: string; reason: string };

export function MeetingPanel({
  proposalId,
  version,
  meeting,
  annulled,
  collective,
  excludedIds,
  today,
  receivedOn,
  calendar: calendarDays,
  me,
  canRecord,
  canVote,
  record,
  vote,
  close,
  annul,
}: {
  proposalId: string;
  version: number;
  meeting: MeetingView | null;
  annulled: AnnulledMeeting[];
  collective: { userId: string; name: string; isHead: boolean }[];
  excludedIds: string[];
  today: string;
  /** The day the revision under review was received: the earliest meeting day. */
  receivedOn: string;
  calendar: CalendarDays;
  me: string;
  canRecord: boolean;
  canVote: boolean;
  record: Act;
  vote: Act;
  close: Act;
  annul: Act;
}) {
  const t = useTranslations("review.meeting");
  const fmt = useDay();
  const calendar = useWorkCalendar(calendarDays);
  const { pending, error, fieldErrors, submit } = useActionForm();
  const [heldOn, setHeldOn] = useState(today);
  const [present, setPresent] = useState<string[]>(collective.map((c) => c.userId));
  const [minutes, setMinutes] = useState("");
  const [votes, setVotes] = useState<Record<string, string>>({});
  const [annulling, setAnnulling] = useState(false);
  const [annulReason, setAnnulReason] = useState("");
  const open = meeting && !meeting.closedAt;
  const mine = meeting?.members.find((m) => m.userId === me);
  // Older rows may hold a free-text reason; codes are message keys.
  const reason = (r: string | null) => {
    const key = `reasons.${r ?? "EXCLUDED_BY_UNIT"}`;
    return t.has(key) ? t(key) : (r ?? "");
  };

  return (
    <Card title={t("title")}>
      <FormError error={error} />
      {meeting ? (
        <div className="space-y-3 text-sm">
          <p className="font-medium">{t("held", { date: fmt(meeting.heldOn) })}</p>
          <NonWorkingDayHint id="meeting-held-hint" day={meeting.heldOn} calendar={calendar} />
          <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
            {meeting.members.map((m) => (
              <li key={m.userId} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                <span>
                  {m.name} {m.isHead ? <Badge tone="brand">{t("head")}</Badge> : null} {!m.present ? <Badge>{t("absent")}</Badge> : null}
                </span>
                <span>
                  {m.excluded ? (
                    <span className="text-slate-600">{t("excluded", { reason: reason(m.exclusionReason) })}</span>
                  ) : m.vote ? (
                    <Badge tone={m.vote === "FOR" ? "success" : m.vote === "AGAINST" ? "danger" : "neutral"}>{t(`choices.${m.vote}`)}</Badge>
                  ) : (
                    <span className="text-slate-500">—</span>
                  )}
                </span>
              </li>
            ))}
          </ul>
          {meeting.minutes ? <p className="whitespace-pre-line text-slate-700">{meeting.minutes}</p> : null}
          {meeting.tally ? (
            <div className={`rounded-md p-3 ${meeting.tally.passed ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`} role="status">
              <p className="font-semibold">
                {meeting.tally.passed ? t("passed") : t("failed")}
                {meeting.tally.decidedBy === "TIE_HEAD_SIDE" ? ` — ${t("tie")}` : ""}
              </p>
              <p>{t("tally", { for: meeting.tally.for, eligible: meeting.tally.eligible, against: meeting.tally.against, abstain: meeting.tally.abstain, notVoted: meeting.tally.notVoted })}</p>
              {meeting.rule ? <VoteBase tally={meeting.tally} rule={meeting.rule} /> : null}
            </div>
          ) : null}
          {meeting.closedAt && canRecord ? <p className="text-xs text-slate-600">{t("oneVote")}</p> : null}
          {open && canVote && mine && !mine.excluded ? (
            <div role="group" aria-label={t("yourVote")} className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{t("yourVote")}:</span>
              {(["FOR", "AGAINST", "ABSTAIN"] as const).map((c) => (
                <Button key={c} type="button" size="sm" variant={mine.vote === c ? "primary" : "secondary"} aria-pressed={mine.vote === c} disabled={pending} onClick={() => void submit(() => vote(proposalId, { meetingId: meeting.id, choice: c }), t("voted"))}>
                  {t(`choices.${c}`)}
                </Button>
              ))}
            </div>
          ) : null}
          {open && canRecord ? (
            <div className="flex flex-wrap items-center gap-2">
              <Button type="button" disabled={pending} onClick={() => void submit(() => close(proposalId, { meetingId: meeting.id }), t("closed"))}>
                {t("close")}
              </Button>
              <span className="text-xs text-slate-600">{t("closeConfirm")}</span>
            </div>
          ) : null}
          {open && canRecord && !annulling ? (
            <Button type="button" variant="secondary" size="sm" onClick={() => setAnnulling(true)}>
              {t("annul")}
            </Button>
          ) : null}
          {open && canRecord && annulling ? (
            <form
              className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3"
              onSubmit={(e) => {
                e.preventDefault();
                void submit(() => annul(proposalId, { meetingId: meeting.id, reason: annulReason }), t("annulled")).then((r) => {
                  if (r) setAnnulling(false);
                });
              }}
            >
              <Field id="meeting-annul-reason" label={t("annulReason")} hint={t("annulHint")} error={fieldErrors.reason} required>
                <Textarea
                  id="meeting-annul-reason"
                  rows={2}
                  value={annulReason}
                  onChange={(e) => setAnnulReason(e.target.value)}
                  invalid={!!fieldErrors.reason}
                  aria-describedby={describedBy("meeting-annul-reason", { hint: true, error: fieldErrors.reason })}
                />
              </Field>
              <div className="flex flex-wrap gap-2">
                <Button type="submit" variant="danger" size="sm" disabled={pending}>
                  {t("annulConfirm")}
                </Button>
                <Button type="button" variant="secondary" size="sm" onClick={() => setAnnulling(false)}>
                  {t("cancel")}
                </Button>
              </div>
            </form>
          ) : null}
        </div>
      ) : (
        <p className="text-sm">{t("none")}</p>
      )}

      {annulled.length ? (
        <div className="mt-4 text-sm">
          <p className="font-medium text-slate-700">{t("annulledTitle")}</p>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-600">
            {annulled.map((m) => (
              <li key={m.id}>{t("annulledItem", { date: fmt(m.heldOn), reason: m.reason })}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {canRecord && !meeting ? (
        <form
          className="mt-4 space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            void submit(
              () =>
                record(proposalId, {
                  proposalId,
                  version,
                  heldOn,
                  presentIds: present,
                  minutes: minutes || undefined,
                  votes: Object.entries(votes)
                    .filter(([id, c]) => c && present.includes(id) && !excludedIds.includes(id))
                    .map(([userId, choice]) => ({ userId, choice })),
                }),
              t("recorded"),
            );
          }}
        >
          <Field id="meeting-date" label={t("heldOn")} hint={t("heldOnHint", { date: fmt(receivedOn) })} error={fieldErrors.heldOn} required>
            <Input
              id="meeting-date"
              type="date"
              min={receivedOn}
              max={today}
              value={heldOn}
              onChange={(e) => setHeldOn(e.target.value)}
              invalid={!!fieldErrors.heldOn}
              aria-describedby={[describedBy("meeting-date", { hint: true, error: fieldErrors.heldOn }), "meeting-date-day-off"].join(" ")}
            />
          </Field>
          <NonWorkingDayHint id="meeting-date-day-off" day={heldOn} calendar={calendar} />
          <fieldset>
            <legend className="text-sm font-medium">{t("present")}</legend>
            {fieldErrors.presentIds ? <p className="text-sm text-red-700">{fieldErrors.presentIds}</p> : null}
            <ul className="mt-1 space-y-2">
              {collective.map((c) => (
                <li key={c.userId} className="flex flex-wrap items-center gap-3 text-sm">
                  <label className="flex min-w-48 items-center gap-2">
                    <input
                      type="checkbox"
                      checked={present.includes(c.userId)}
                      onChange={(e) => setPresent((p) => (e.target.checked ? [...p, c.userId] : p.filter((x) => x !== c.userId)))}
                    />
                    {c.name} {c.isHead ? `(${t("head")})` : ""}
                  </label>
                  {excludedIds.includes(c.userId) ? (
                    <span className="text-slate-600">{t("excluded", { reason: t("reasons.PROPOSER") })}</span>
                  ) : (
                    <>
                      <label className="sr-only" htmlFor={`vote-${c.userId}`}>
                        {t("votesFromMinutes")}: {c.name}
                      </label>
                      <Select id={`vote-${c.userId}`} className="w-48" value={votes[c.userId] ?? ""} disabled={!present.includes(c.userId)} onChange={(e) => setVotes((v) => ({ ...v, [c.userId]: e.target.value }))}>
                        <option value="">{t("notYet")}</option>
                        {(["FOR", "AGAINST", "ABSTAIN"] as const).map((ch) => (
                          <option key={ch} value={ch}>
                            {t(`choices.${ch}`)}
                          </option>
                        ))}
                      </Select>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </fieldset>
          <Field id="meeting-minutes" label={t("minutes")} error={fieldErrors.minutes}>
            <Textarea id="meeting-minutes" rows={3} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
          </Field>
          <Button type="submit" disabled={pending}>
            {t("record")}
          </Button>
        </form>
      ) : null}
    </Card>
  );
}

type Kind = "PILOT" | "IMPLEMENT" | "NOT_APPROVED" | "RETURNED";

export function DecisionPanel({
  proposalId,
  version,
  defaults,
  monitors,
  choices,
  conditionsNotMet,
  meetingDay,
  today,
  calendar: calendarDays,
  approve,
  reject,
  giveBack,
}: {
  proposalId: string;
  version: number;
  defaults: { number: string; signedOn: string; scope: string; startDate: string; endDate: string; budgetVnd: string; people: string; equipment: string; targets: Target[]; reportEveryDays: number };
  monitors: { id: string; name: string }[];
  /** What the tally and the Party opinion of this revision allow (domain/decision.ts). */
  choices: DecisionChoices;
  conditionsNotMet: string[];
  /** Day of the closed meeting on this revision: the earliest signing day. */
  meetingDay: string | null;
  today: string;
  calendar: CalendarDays;
  approve: Act;
  reject: Act;
  giveBack: Act;
}) {
  const t = useTranslations("review.decision");
  const tc = useTranslations("review.checklist.conditions");
  const fmt = useDay();
  const calendar = useWorkCalendar(calendarDays);
  const { pending, error, fieldErrors, submit } = useActionForm();
  const firstOpen = choices.options.find((o) => o.open)?.kind ?? choices.options[0]?.kind ?? "RETURNED";
  const [kind, setKind] = useState<Kind>(firstOpen);
  const { targets: initialTargets, reportEveryDays, ...textDefaults } = defaults;
  const [f, setF] = useState({ ...textDefaults, participatingUnits: "", monitorId: "", rationale: "", overrideReason: "", reasons: "", comments: "", reportEveryDays: String(reportEveryDays) });
  const [targets, setTargets] = useState<Target[]>(initialTargets);
  const sole = choices.approvalBasis === "HEAD_ALONE";
  const selected = choices.options.find((o) => o.kind === kind);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF((x) => ({ ...x, [k]: e.target.value }));
  const text = (k: keyof typeof f, opts: { type?: string; long?: boolean; required?: boolean; hint?: string; min?: string; max?: string; money?: boolean } = {}) => {
    const id = `decision-${k}`;
    const err = fieldErrors[k];
    const describe = describedBy(id, { hint: opts.hint, error: err });
    return (
      <Field id={id} label={t(k)} hint={opts.hint} error={err} required={opts.required ?? true}>
        {opts.money ? (
          <MoneyInput id={id} value={f[k]} onChange={(digits) => setF((x) => ({ ...x, [k]: digits }))} invalid={!!err} aria-describedby={describe} />
        ) : opts.long ? (
          <Textarea id={id} value={f[k]} onChange={set(k)} rows={3} invalid={!!err} aria-describedby={describe} />
        ) : (
          <Input id={id} type={opts.type ?? "text"} min={opts.min} max={opts.max} value={f[k]} onChange={set(k)} invalid={!!err} aria-describedby={describe} />
        )}
      </Field>
    );
  };
  const count = (s: string) => [...s.trim()].length;

  function onSubmit() {
    if (kind === "RETURNED") return submit(() => giveBack(proposalId, { proposalId, version, comments: f.comments }), t("returned"));
    if (kind === "NOT_APPROVED") return submit(() => reject(proposalId, { proposalId, version, reasons: f.reasons, number: f.number || undefined }), t("done"));
    return submit(
      () =>
        approve(proposalId, {
          proposalId,
          version,
          kind,
          basis: sole ? "HEAD_ALONE" : "VOTE",
          rationale: sole ? f.rationale : undefined,
          overrideReason: conditionsNotMet.length ? f.overrideReason : undefined,
          number: f.number,
          signedOn: f.signedOn,
          scope: f.scope,
          participatingUnits: f.participatingUnits || undefined,
          startDate: f.startDate,
          endDate: f.endDate,
          budgetVnd: f.budgetVnd,
          people: f.people,
          equipment: f.equipment || undefined,
          targets,
          monitorId: f.monitorId,
          reportEveryDays: Number(f.reportEveryDays),
        }),
      t("done"),
    );
  }

  return (
    <Card title={t("title")}>
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          void onSubmit();
        }}
      >
        <FormError error={error} />
        {choices.approvalBasis === "VOTE" ? <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">{t("bindsPassed")}</p> : null}
        <fieldset>
          <legend className="text-sm font-medium">{t("kind")}</legend>
          <div className="mt-1 flex flex-wrap gap-3">
            {choices.options.map((o) => (
              <label key={o.kind} className={`flex items-center gap-1.5 text-sm ${o.open ? "" : "text-slate-500"}`}>
                <input type="radio" name="decision-kind" value={o.kind} checked={kind === o.kind} disabled={!o.open} onChange={() => setKind(o.kind)} />
                {t(`kinds.${o.kind}`)}
              </label>
            ))}
          </div>
          {choices.options
            .filter((o) => !o.open)
            .map((o) => (
              <p key={o.kind} className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
                {t("unavailable", { kind: t(`kinds.${o.kind}`), reasons: o.missing.map((m) => t(`missing.${m}`)).join("; ") })}
              </p>
            ))}
        </fieldset>

        {(kind === "PILOT" || kind === "IMPLEMENT") && selected?.open ? (
          <>
            {sole ? (
              <div className="space-y-2 rounded-md border border-red-300 bg-red-50 p-3">
                <p className="font-semibold text-red-900">{t("soleTitle")}</p>
                <p className="text-sm text-red-900">{t("soleWarning")}</p>
                {text("rationale", { long: true, hint: t("rationaleHint", { min: SOLE_RATIONALE_MIN_CHARS, count: count(f.rationale) }) })}
              </div>
            ) : null}
            {conditionsNotMet.length ? (
              <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
                <p className="font-semibold text-amber-900">{t("conditionsTitle")}</p>
                <p className="text-sm text-amber-900">{t("conditionsWarning", { list: conditionsNotMet.map((c) => tc(c)).join("; ") })}</p>
                {text("overrideReason", { long: true, hint: t("overrideHint", { min: CONDITION_OVERRIDE_MIN_CHARS, count: count(f.overrideReason) }) })}
              </div>
            ) : null}
            <div className="grid gap-3 sm:grid-cols-2">
              {text("number")}
              <div className="space-y-1">
                {text("signedOn", { type: "date", min: meetingDay ?? undefined, max: today, hint: meetingDay ? t("signedOnHint", { date: fmt(meetingDay) }) : undefined })}
                <NonWorkingDayHint id="decision-signedOn-day-off" day={f.signedOn} calendar={calendar} />
              </div>
            </div>
            {text("scope", { long: true })}
            {text("participatingUnits", { required: false })}
            <div className="grid gap-3 sm:grid-cols-2">
              {text("startDate", { type: "date" })}
              {text("endDate", { type: "date" })}
              {text("budgetVnd", { money: true })}
              {text("people")}
            </div>
            {text("equipment", { required: false })}
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium">{t("targets")}</legend>
              {fieldErrors.targets ? <p className="text-sm text-red-700">{fieldErrors.targets}</p> : null}
              <TargetRows targets={targets} onChange={setTargets} errors={fieldErrors} />
            </fieldset>
            <div className="grid gap-3 sm:grid-cols-2">
              <Field id="decision-monitorId" label={t("monitor")} error={fieldErrors.monitorId} required>
                <Select id="decision-monitorId" value={f.monitorId} onChange={set("monitorId")} invalid={!!fieldErrors.monitorId}>
                  <option value="">{t("monitorPick")}</option>
                  {monitors.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
                </Select>
              </Field>
              {text("reportEveryDays", { type: "number" })}
            </div>
            <Button type="submit" disabled={pending}>
              {t("submit")}
            </Button>
          </>
        ) : null}

        {kind === "NOT_APPROVED" && selected?.open ? (
          <>
            {text("number", { required: false })}
            {text("reasons", { long: true })}
            <Button type="submit" variant="danger" disabled={pending}>
              {t("reject")}
            </Button>
          </>
        ) : null}

        {kind === "RETURNED" ? (
          <>
            {text("comments", { long: true })}
            <Button type="submit" variant="secondary" disabled={pending}>
              {t("return")}
            </Button>
          </>
        ) : null}
      </form>
    </Card>
  );
}
