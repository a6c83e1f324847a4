"use client";
/**
 * The steps before the evaluation decision (Art. 18 with Art. 4 and Art. 8.1): the Party
 * committee's opinion on the result report, then the collective meeting and its vote.
 */
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useActionForm, type ActionResult } from "@/components/forms/useActionForm";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Field, Input, Select, Textarea, describedBy } from "@/components/ui/Field";
import type { VoteTally } from "@/domain/vote";

type Act = (proposalId: string, input: unknown) => Promise<ActionResult<unknown>>;
const day = { day: "2-digit", month: "2-digit", year: "numeric" } as const;

function FormError({ error }: { error: string | null }) {
  return error ? (
    <p role="alert" className="mb-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {error}
    </p>
  ) : null;
}

export type OpinionView = { id: string; requestedAt: Date; answeredAt: Date | null; stance: string | null; content: string | null; answeredBy: string | null };

export function EvaluationPartyPanel(props: {
  proposalId: string;
  version: number;
  opinions: OpinionView[];
  required: boolean;
  canRequest: boolean;
  canAnswer: boolean;
  request: Act;
  answer: Act;
}) {
  const t = useTranslations("outcome.party");
  const tr = useTranslations("review.party");
  const format = useFormatter();
  const { pending, error, fieldErrors, submit } = useActionForm();
  const [stance, setStance] = useState("");
  const [content, setContent] = useState("");
  const waiting = props.opinions.find((o) => !o.answeredAt);
  const answered = props.opinions.find((o) => o.answeredAt);
  return (
    <Card title={t("title")}>
      <p className="mb-3 text-sm text-slate-600">{props.required ? t("required") : t("notRequired")}</p>
      <FormError error={error} />
      {answered ? (
        <div className="rounded-md border border-slate-200 p-3 text-sm">
          <p className="text-slate-700">{tr("answered", { name: answered.answeredBy ?? "", date: format.dateTime(answered.answeredAt!, day) })}</p>
          <p className="mt-1">
            <Badge tone={answered.stance === "AGREE" ? "success" : answered.stance === "DISAGREE" ? "danger" : "warning"}>{tr(`stances.${answered.stance}`)}</Badge>
          </p>
          <p className="mt-1 whitespace-pre-line">{answered.content}</p>
        </div>
      ) : waiting ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">{tr("pending", { date: format.dateTime(waiting.requestedAt, day) })}</p>
      ) : (
        <p className="text-sm">{t("none")}</p>
      )}
      {props.canRequest && !waiting && !answered ? (
        <Button className="mt-3" variant="secondary" disabled={pending} onClick={() => void submit(() => props.request(props.proposalId, { proposalId: props.proposalId, version: props.version }), tr("requested"))}>
          {t("request")}
        </Button>
      ) : null}
      {props.canAnswer && waiting ? (
        <form
          className="mt-4 space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            void submit(() => props.answer(props.proposalId, { opinionId: waiting.id, stance: stance || undefined, content }), tr("sent"));
          }}
        >
          <fieldset>
            <legend className="text-sm font-medium">{tr("stance")}</legend>
            <div className="mt-1 flex flex-wrap gap-3">
              {(["AGREE", "DISAGREE", "COMMENTS"] as const).map((s) => (
                <label key={s} className="flex items-center gap-1.5 text-sm">
                  <input type="radio" name="evaluation-stance" value={s} checked={stance === s} onChange={() => setStance(s)} />
                  {tr(`stances.${s}`)}
                </label>
              ))}
            </div>
            {fieldErrors.stance ? <p className="text-sm text-red-700">{fieldErrors.stance}</p> : null}
          </fieldset>
          <Field id="evaluation-party-content" label={tr("content")} error={fieldErrors.content} required>
            <Textarea id="evaluation-party-content" rows={4} value={content} onChange={(e) => setContent(e.target.value)} invalid={!!fieldErrors.content} aria-describedby={describedBy("evaluation-party-content", { error: fieldErrors.content })} />
          </Field>
          <Button type="submit" disabled={pending}>
            {tr("answer")}
          </Button>
        </form>
      ) : null}
    </Card>
  );
}

export type EvaluationMeetingView = {
  id: string;
  heldOn: Date;
  closedAt: Date | null;
  minutes: string | null;
  tally: VoteTally | null;
  members: { userId: string; name: string; isHead: boolean; present: boolean; excluded: boolean; exclusionReason: string | null; vote: string | null }[];
};

export function EvaluationMeetingPanel(props: {
  proposalId: string;
  version: number;
  meeting: EvaluationMeetingView | null;
  collective: { userId: string; name: string; isHead: boolean }[];
  authorIds: string[];
  partyAnswered: boolean;
  today: string;
  me: string;
  canRecord: boolean;
  canVote: boolean;
  record: Act;
  vote: Act;
  close: Act;
}) {
  const t = useTranslations("review.meeting");
  const to = useTranslations("outcome.meeting");
  const format = useFormatter();
  const { pending, error, fieldErrors, submit } = useActionForm();
  const [heldOn, setHeldOn] = useState(props.today);
  const [present, setPresent] = useState<string[]>(props.collective.map((c) => c.userId));
  const [minutes, setMinutes] = useState("");
  const [votes, setVotes] = useState<Record<string, string>>({});
  const m = props.meeting;
  const open = m && !m.closedAt;
  const mine = m?.members.find((x) => x.userId === props.me);
  const mayRecordNew = props.canRecord && (!m || (m.closedAt && m.tally && !m.tally.passed));

  return (
    <Card title={to("title")}>
      <p className="mb-3 text-sm text-slate-600">{to("hint")}</p>
      <FormError error={error} />
      {m ? (
        <div className="space-y-3 text-sm">
          <p className="font-medium">{t("held", { date: format.dateTime(m.heldOn, { ...day, timeZone: "UTC" }) })}</p>
          <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
            {m.members.map((x) => (
              <li key={x.userId} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                <span>
                  {x.name} {x.isHead ? <Badge tone="brand">{t("head")}</Badge> : null} {!x.present ? <Badge>{t("absent")}</Badge> : null}
                </span>
                <span>
                  {x.excluded ? (
                    <span className="text-slate-600">{t("excluded", { reason: t(`reasons.${x.exclusionReason ?? "EXCLUDED_BY_UNIT"}`) })}</span>
                  ) : x.vote ? (
                    <Badge tone={x.vote === "FOR" ? "success" : x.vote === "AGAINST" ? "danger" : "neutral"}>{t(`choices.${x.vote}`)}</Badge>
                  ) : (
                    <span className="text-slate-500">—</span>
                  )}
                </span>
              </li>
            ))}
          </ul>
          {m.minutes ? <p className="whitespace-pre-line text-slate-700">{m.minutes}</p> : null}
          {m.tally ? (
            <div className={`rounded-md p-3 ${m.tally.passed ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`} role="status">
              <p className="font-semibold">
                {m.tally.passed ? t("passed") : t("failed")}
                {m.tally.decidedBy === "TIE_HEAD_SIDE" ? ` — ${t("tie")}` : ""}
              </p>
              <p>{t("tally", { for: m.tally.for, eligible: m.tally.eligible, against: m.tally.against, abstain: m.tally.abstain, notVoted: m.tally.notVoted })}</p>
              {!m.tally.passed ? <p className="mt-1">{to("failedHint")}</p> : null}
            </div>
          ) : null}
          {open && props.canVote && mine && !mine.excluded ? (
            <div role="group" aria-label={t("yourVote")} className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{t("yourVote")}:</span>
              {(["FOR", "AGAINST", "ABSTAIN"] as const).map((c) => (
                <Button key={c} size="sm" variant={mine.vote === c ? "primary" : "secondary"} aria-pressed={mine.vote === c} disabled={pending} onClick={() => void submit(() => props.vote(props.proposalId, { meetingId: m.id, choice: c }), t("voted"))}>
                  {t(`choices.${c}`)}
                </Button>
              ))}
            </div>
          ) : null}
          {open && props.canRecord ? (
            <div className="flex flex-wrap items-center gap-2">
              <Button disabled={pending} onClick={() => void submit(() => props.close(props.proposalId, { meetingId: m.id }), t("closed"))}>
                {t("close")}
              </Button>
              <span className="text-xs text-slate-600">{t("closeConfirm")}</span>
            </div>
          ) : null}
        </div>
      ) : (
        <p className="text-sm">{t("none")}</p>
      )}
      {mayRecordNew && !props.partyAnswered ? <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{to("waitParty")}</p> : null}
      {mayRecordNew && props.partyAnswered ? (
        <form
          className="mt-4 space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            void submit(
              () =>
                props.record(props.proposalId, {
                  proposalId: props.proposalId,
                  version: props.version,
                  heldOn,
                  presentIds: present,
                  minutes: minutes || undefined,
                  votes: Object.entries(votes)
                    .filter(([id, c]) => c && present.includes(id) && !props.authorIds.includes(id))
                    .map(([userId, choice]) => ({ userId, choice })),
                }),
              t("recorded"),
            );
          }}
        >
          <Field id="evaluation-meeting-date" label={t("heldOn")} error={fieldErrors.heldOn} required>
            <Input id="evaluation-meeting-date" type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} invalid={!!fieldErrors.heldOn} aria-describedby={describedBy("evaluation-meeting-date", { error: fieldErrors.heldOn })} />
          </Field>
          <fieldset>
            <legend className="text-sm font-medium">{t("present")}</legend>
            {fieldErrors.presentIds ? <p className="text-sm text-red-700">{fieldErrors.presentIds}</p> : null}
            <ul className="mt-1 space-y-2">
              {props.collective.map((c) => (
                <li key={c.userId} className="flex flex-wrap items-center gap-3 text-sm">
                  <label className="flex min-w-48 items-center gap-2">
                    <input type="checkbox" checked={present.includes(c.userId)} onChange={(e) => setPresent((p) => (e.target.checked ? [...p, c.userId] : p.filter((x) => x !== c.userId)))} />
                    {c.name} {c.isHead ? `(${t("head")})` : ""}
                  </label>
                  {props.authorIds.includes(c.userId) ? (
                    <span className="text-slate-600">{t("excluded", { reason: t("reasons.PROPOSER") })}</span>
                  ) : (
                    <>
                      <label className="sr-only" htmlFor={`evaluation-vote-${c.userId}`}>
                        {t("votesFromMinutes")}: {c.name}
                      </label>
                      <Select id={`evaluation-vote-${c.userId}`} className="w-48" value={votes[c.userId] ?? ""} disabled={!present.includes(c.userId)} onChange={(e) => setVotes((v) => ({ ...v, [c.userId]: e.target.value }))}>
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
          <Field id="evaluation-meeting-minutes" label={t("minutes")} error={fieldErrors.minutes}>
            <Textarea id="evaluation-meeting-minutes" rows={3} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
          </Field>
          <Button type="submit" disabled={pending}>
            {t("record")}
          </Button>
        </form>
      ) : null}
    </Card>
  );
}
