import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createDraft, saveDraft } from "@/server/proposals/draft";
import { actorOf, smallOrg } from "./helpers";

let org: Awaited<ReturnType<typeof smallOrg>>;
beforeAll(async () => {
  org = await smallOrg();
});

const kpi = (i: number) => ({ name: `Chỉ tiêu ${i}`, unit: "ngày", baseline: "1", target: "2", method: "Đếm" });

describe("autosave refuses one field, never the whole save (issue 13.12)", () => {
  it("a title over 300 characters keeps its saved value, every other field is saved, the answer names the field", async () => {
    const actor = await actorOf(org.proposerA);
    const created = await createDraft(actor, {});
    const first = await saveDraft(actor, { proposalId: created.id, version: created.version, draft: { title: "Tên ban đầu" } });
    const r = await saveDraft(actor, { proposalId: created.id, version: first.version, draft: { title: "x".repeat(301), purpose: "Mục đích mới" } });
    expect(r.refused).toEqual([{ path: "title", message: "tooLong" }]);
    const row = await db.proposal.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.title).toBe("Tên ban đầu");
    expect((row.draft as { purpose?: string }).purpose).toBe("Mục đích mới");
  });

  it("more than 30 KPI rows: the KPI list keeps its saved rows, the rest is saved", async () => {
    const actor = await actorOf(org.proposerA);
    const created = await createDraft(actor, {});
    const first = await saveDraft(actor, { proposalId: created.id, version: created.version, draft: { kpis: [kpi(1)] } });
    const r = await saveDraft(actor, {
      proposalId: created.id,
      version: first.version,
      draft: { kpis: Array.from({ length: 31 }, (_, i) => kpi(i)), scope: "Ba xã" },
    });
    expect(r.refused).toEqual([{ path: "kpis", message: "tooMany" }]);
    const draft = (await db.proposal.findUniqueOrThrow({ where: { id: created.id } })).draft as { kpis: unknown[]; scope: string };
    expect(draft.kpis).toHaveLength(1);
    expect(draft.scope).toBe("Ba xã");
  });

  it("a NUL character (PostgreSQL cannot store it) is a refused field, not a failed save", async () => {
    const actor = await actorOf(org.proposerA);
    const created = await createDraft(actor, {});
    const r = await saveDraft(actor, { proposalId: created.id, version: created.version, draft: { necessity: "a\u0000b", content: "Nội dung" } });
    expect(r.refused).toEqual([{ path: "necessity", message: "invalidCharacter" }]);
    const draft = (await db.proposal.findUniqueOrThrow({ where: { id: created.id } })).draft as Record<string, unknown>;
    expect(draft.necessity).toBeUndefined();
    expect(draft.content).toBe("Nội dung");
  });
});
