/**
 * What the unit records while deciding a plan (Art. 4, 5.1, khoản 1 Điều 8 NĐ 73/2023): the qualifying
 * conditions, the Party committee's opinion, the collective meeting and the written decision.
 * One zod schema per form, shared by the browser and the server; messages are message keys.
 */
import { z } from "zod";
import { isIsoDay } from "./calendar";
import { moneySchema } from "./money";

/** Qualifying conditions each reviewer records a finding on (Art. 4; Art. 5.1; KL 14 §2.3). */
export const CONDITIONS = [
  "WITHIN_POWERS", // thuộc thẩm quyền của cơ quan, đơn vị
  "LAWFUL", // không trái Hiến pháp, quy định của Đảng, văn bản cấp trên, điều ước quốc tế
  "COMMON_INTEREST", // vì lợi ích chung, có giá trị thực tiễn
  "URGENT_NEED", // xuất phát từ yêu cầu cấp thiết của thực tiễn
  "NO_HARM", // không ảnh hưởng quốc phòng, an ninh, trật tự; không gây thiệt hại cho đơn vị khác
  // Art. 5.1(a): the matter is not yet regulated (chưa được quy định). Decree 73 is narrower than
  // KL 14, which also covers rules that exist but are unfit: such a plan is flagged for the head.
  "NOT_YET_REGULATED",
] as const;
export type Condition = (typeof CONDITIONS)[number];
export const FINDINGS = ["MET", "NOT_MET", "UNCLEAR"] as const;

const id = z.string().min(1).max(40);
const version = z.number().int().min(0);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "invalidDate" }).refine(isIsoDay, { message: "invalidDate" });
const text = (min: number, max: number) =>
  z.string({ error: "required" }).trim().min(1, { message: "required" }).min(min, { message: "tooShort" }).max(max, { message: "tooLong" });

export const checklistSchema = z.object({
  proposalId: id,
  version,
  findings: z
    .array(z.object({ condition: z.enum(CONDITIONS), finding: z.enum(FINDINGS, { error: "required" }), note: z.string().trim().max(2000, { message: "tooLong" }).optional() }))
    .max(CONDITIONS.length),
});

export const partyRequestSchema = z.object({ proposalId: id, version, note: z.string().trim().max(2000).optional() });

export const partyAnswerSchema = z.object({
  opinionId: id,
  stance: z.enum(["AGREE", "DISAGREE", "COMMENTS"], { error: "required" }),
  content: text(5, 10000),
});

export const meetingSchema = z.object({
  proposalId: id,
  version,
  heldOn: isoDay,
  presentIds: z.array(id).min(1, { message: "atLeastOnePresent" }).max(50),
  minutes: z.string().trim().max(20000, { message: "tooLong" }).optional(),
  /** Votes entered by the head from the written minutes (members may also vote themselves). */
  votes: z.array(z.object({ userId: id, choice: z.enum(["FOR", "AGAINST", "ABSTAIN"]) })).max(50).optional(),
});

/** A meeting recorded by mistake is annulled before it is closed, with a reason (audited). */
export const annulMeetingSchema = z.object({ meetingId: id, reason: text(10, 2000) });

export const castVoteSchema = z.object({ meetingId: id, choice: z.enum(["FOR", "AGAINST", "ABSTAIN"], { error: "required" }) });
export const closeMeetingSchema = z.object({ meetingId: id });

const money = moneySchema;
const decimal = z.string().trim().regex(/^-?\d+(\.\d+)?$/, { message: "number" });

export const approvalSchema = z
  .object({
    proposalId: id,
    version,
    kind: z.enum(["IMPLEMENT", "PILOT"]),
    basis: z.enum(["VOTE", "HEAD_ALONE"]),
    rationale: z.string().trim().max(10000, { message: "tooLong" }).optional(),
    /** Why the head approves although a condition was recorded as not met (Art. 4, 5.1). */
    overrideReason: z.string().trim().max(10000, { message: "tooLong" }).optional(),
    number: text(3, 60),
    signedOn: isoDay,
    scope: text(5, 2000),
    participatingUnits: z.string().trim().max(2000, { message: "tooLong" }).optional(),
    startDate: isoDay,
    endDate: isoDay,
    budgetVnd: money,
    people: z.string().trim().regex(/^\d{1,5}$/, { message: "integer" }),
    equipment: z.string().trim().max(2000, { message: "tooLong" }).optional(),
    targets: z
      .array(z.object({ name: text(1, 200), unit: text(1, 50), baseline: decimal, target: decimal, method: z.string().trim().max(500).optional() }))
      .min(1, { message: "atLeastOneKpi" })
      .max(30),
    monitorId: id,
    reportEveryDays: z.number({ error: "integer" }).int({ message: "integer" }).min(7, { message: "reportEvery" }).max(180, { message: "reportEvery" }),
  })
  .superRefine((d, ctx) => {
    if (d.endDate < d.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "endBeforeStart" });
  });
export type ApprovalInput = z.infer<typeof approvalSchema>;

export const rejectionSchema = z.object({ proposalId: id, version, reasons: text(10, 10000), number: z.string().trim().max(60).optional() });
export const returnSchema = z.object({ proposalId: id, version, comments: text(10, 10000) });
