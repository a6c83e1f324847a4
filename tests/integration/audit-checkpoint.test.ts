import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { auditHead, verifyAuditChain } from "@/server/audit";
import { db } from "@/server/db";
import { createDraft } from "@/server/proposals/draft";
import { actorOf, smallOrg } from "./helpers";

let org: Awaited<ReturnType<typeof smallOrg>>;
beforeAll(async () => {
  org = await smallOrg();
});

describe("audit checkpoints printed on reports", () => {
  it("cutting off the newest events passes a plain verification but not one against a published head", async () => {
    const actor = await actorOf(org.proposerA);
    for (let i = 0; i < 3; i++) await createDraft(actor, {});
    const head = await auditHead();
    expect(head).not.toBeNull();
    expect(await verifyAuditChain(db, 2, head!.hash)).toMatchObject({ ok: true });

    // A superuser removes the newest event (the append-only trigger switched off).
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query('alter table "AuditEvent" disable trigger audit_event_no_update_delete');
    await client.query('delete from "AuditEvent" where seq = $1', [head!.seq]);
    await client.query('alter table "AuditEvent" enable trigger audit_event_no_update_delete');
    await client.end();

    // The remaining chain is internally consistent…
    expect((await verifyAuditChain(db)).ok).toBe(true);
    // …but the checkpoint printed on the earlier report is gone.
    expect(await verifyAuditChain(db, 2, head!.hash)).toMatchObject({ ok: false, reason: "TRUNCATED" });
  });
});
