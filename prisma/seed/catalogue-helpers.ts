/** Building blocks for the demo stories in catalogue.ts. */
import type { DecisionBasis, OpinionStance, VoteChoice } from "@/generated/prisma/client";
import type { PlanContent } from "./plan";
import type { Step } from "./story";

export type Entry = {
  key: string;
  unit: string;
  author: string;
  coAuthors?: string[];
  /** Planned duration when the story does not fix the end (by a "finish" step with `ago`/`w`). */
  months: number;
  plan: PlanContent;
  /** What revision 2 changes after a return for revision. */
  revised?: Partial<PlanContent>;
  story: Step[];
  perf?: number;
  missedReport?: boolean;
  lateReports?: number[];
  progressNotes?: string[];
  supportRequested?: string;
  /** This proposal adopts an evaluated model of another unit (KL 14 §2.5). */
  replicates?: { source: string; note: string };
  /** The unit published this completed model to the catalogue (KL 14 §2.5), `after` working days after its evaluation. */
  model?: {
    summary: string;
    /** What was achieved, one value per KPI of the plan, in order. */
    achieved: string[];
    contact: { name: string; title?: string; email?: string; phone?: string };
    after: number;
  };
};

type Votes = Readonly<Record<string, VoteChoice | "ABSENT">>;

/** Receipt, review, Party opinion, collective vote and the signed approval (Art. 4, 7, 8). */
export function approved(p: {
  create: number;
  submit: number;
  party: string;
  stance?: OpinionStance;
  votes?: Votes;
  kind: "PILOT" | "IMPLEMENT";
  basis?: DecisionBasis;
  rationale?: string;
  budgetShare?: number;
  participatingUnits?: string;
  partyAfter?: number;
  meetingAfter?: number;
}): Step[] {
  return [
    { do: "create", ago: p.create },
    { do: "submit", ago: p.submit },
    { do: "review" },
    { do: "partyRequest", stage: "DECISION", w: 0 },
    { do: "partyOpinion", stage: "DECISION", stance: p.stance ?? "AGREE", content: p.party, w: p.partyAfter ?? 2 },
    { do: "meeting", purpose: "DECISION", votes: p.votes, w: p.meetingAfter ?? 1 },
    {
      do: "approve",
      kind: p.kind,
      basis: p.basis,
      rationale: p.rationale,
      budgetShare: p.budgetShare,
      participatingUnits: p.participatingUnits,
    },
  ];
}

/** Result report, Party opinion, evaluation meeting and the evaluation decision (Art. 18). */
export function evaluated(p: {
  report: string;
  self: string;
  reportAfter?: number;
  party: string;
  stance?: OpinionStance;
  votes?: Votes;
  evaluation: Omit<Extract<Step, { do: "evaluate" }>, "do" | "ago" | "w">;
}): Step[] {
  return [
    { do: "resultReport", w: p.reportAfter ?? 3, content: p.report, selfAssessment: p.self },
    { do: "partyRequest", stage: "EVALUATION" },
    { do: "partyOpinion", stage: "EVALUATION", stance: p.stance ?? "AGREE", content: p.party, w: 2 },
    { do: "meeting", purpose: "EVALUATION", votes: p.votes },
    { do: "evaluate", ...p.evaluation },
  ];
}

export const ALL3_MET = {
  followedPolicy: [true, "Thực hiện đúng phạm vi, nội dung, thời gian theo quyết định phê duyệt; báo cáo định kỳ đầy đủ."] as const,
  pureMotive: [true, "Không phát hiện vụ lợi; người đề xuất không có lợi ích cá nhân liên quan (bản cam kết và kết quả theo dõi)."] as const,
  commonInterest: [true, "Kết quả phục vụ người dân, doanh nghiệp và hoạt động công vụ của cơ quan."] as const,
};
