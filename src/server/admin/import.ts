/**
 * Import of units and people from a CSV or XLSX file: `previewImport` says what would happen, row by
 * row; `commitImport` does it in one transaction, only when no row has an issue (all or nothing).
 * Matching (units by code, people by username, else e-mail) makes a second import of the same file
 * change nothing. New people share one temporary password, shown once, changed at first sign-in.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import {
  IMPORT_KINDS,
  normaliseRows,
  planPersonImport,
  planUnitImport,
  type ExistingPerson,
  type ExistingUnit,
  type ImportIssue,
  type ImportKind,
} from "@/domain/admin-import";
import { ForbiddenError, ValidationError } from "@/domain/errors";
import { can, type Actor } from "@/domain/permissions";
import { db, type Tx } from "../db";
import { hashPassword } from "../passwords";
import { defineUseCase, type UseCaseContext } from "../usecase";
import { newTemporaryPassword } from "./people";
import { insertUnit } from "./units";
import { readImportFile } from "./import-file";
import { scopePrefixes, type Client } from "./scope";

const ACTION = { units: "unit.manage", people: "user.manage" } as const;

export const importInput = z.object({
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string().max(300),
  bytes: z.instanceof(Uint8Array),
});

export type ImportSummary = {
  kind: ImportKind;
  rows: number;
  creates: number;
  updates: number;
  unchanged: number;
  issues: ImportIssue[];
  /** First rows of what would change, for the preview table. */
  sample: { row: number; action: "create" | "update"; key: string; name: string; detail: string }[];
};

const inScopeFn = (actor: Actor, kind: ImportKind) => (path: string) =>
  can(actor, ACTION[kind], { kind: "unit", unitId: path.split("/").filter(Boolean).at(-1) ?? "", unitPath: path });

async function planUnits(client: Client, actor: Actor, rows: ReturnType<typeof normaliseRows>["rows"]) {
  const codes = [...new Set(rows.flatMap((r) => [r.values.ma_don_vi, r.values.ma_don_vi_cap_tren]).filter(Boolean).map((c) => c.trim()))];
  const found = await client.unit.findMany({
    where: { code: { in: codes } },
    select: { id: true, code: true, path: true, depth: true, name: true, shortName: true, kind: true, governingBodyName: true, addressLine: true, active: true, parent: { select: { code: true } } },
  });
  const existing = new Map<string, ExistingUnit & { depth: number }>(found.map((u) => [u.code, { ...u, parentCode: u.parent?.code ?? null }]));
  return { plan: planUnitImport(rows, existing, inScopeFn(actor, "units")), existing };
}

async function planPeople(client: Client, actor: Actor, rows: ReturnType<typeof normaliseRows>["rows"]) {
  const lower = (k: string) => [...new Set(rows.map((r) => (r.values[k] ?? "").trim().toLowerCase()).filter(Boolean))];
  const codes = [...new Set(rows.map((r) => (r.values.ma_don_vi ?? "").trim()).filter(Boolean))];
  const [units, people] = await Promise.all([
    client.unit.findMany({ where: { code: { in: codes } }, select: { id: true, code: true, path: true, active: true } }),
    client.user.findMany({
      where: { OR: [{ username: { in: lower("ten_dang_nhap") } }, { email: { in: lower("email") } }] },
      select: { id: true, username: true, email: true, fullName: true, title: true, active: true, memberships: { select: { role: true, unit: { select: { id: true, path: true } } } } },
    }),
  ]);
  const inScope = inScopeFn(actor, "people");
  const existing: ExistingPerson[] = people.map((p) => ({
    id: p.id,
    username: p.username,
    email: p.email,
    fullName: p.fullName,
    title: p.title,
    active: p.active,
    memberships: p.memberships.map((m) => `${m.unit.id}:${m.role}`),
    inScope: p.memberships.length === 0 || p.memberships.some((m) => inScope(m.unit.path)),
  }));
  return planPersonImport(
    rows,
    new Map(units.map((u) => [u.code, u])),
    inScope,
    new Map(existing.map((p) => [p.username, p])),
    new Map(existing.map((p) => [p.email, p])),
  );
}

async function readAndPlan(client: Client, actor: Actor, input: z.output<typeof importInput>) {
  const table = await readImportFile(input.fileName, input.bytes);
  const { rows, issues: headerIssues } = normaliseRows(input.kind, table.header, table.rows);
  if (headerIssues.length) return { rows, headerIssues, units: null, people: null };
  if (input.kind === "units") return { rows, headerIssues, units: await planUnits(client, actor, rows), people: null };
  return { rows, headerIssues, units: null, people: await planPeople(client, actor, rows) };
}

function summarise(kind: ImportKind, r: Awaited<ReturnType<typeof readAndPlan>>): ImportSummary {
  if (r.units) {
    const p = r.units.plan;
    return {
      kind,
      rows: r.rows.length,
      creates: p.creates.length,
      updates: p.updates.length,
      unchanged: p.unchanged,
      issues: p.issues,
      sample: [
        ...p.creates.map((u) => ({ row: u.row, action: "create" as const, key: u.code, name: u.name, detail: u.parentCode })),
        ...p.updates.map((u) => ({ row: u.row, action: "update" as const, key: u.code, name: u.name, detail: u.parentCode })),
      ].sort((a, b) => a.row - b.row).slice(0, 50),
    };
  }
  if (r.people) {
    const p = r.people;
    return {
      kind,
      rows: r.rows.length,
      creates: p.creates.length,
      updates: p.updates.length,
      unchanged: p.unchanged,
      issues: p.issues,
      sample: [
        ...p.creates.map((u) => ({ row: u.row, action: "create" as const, key: u.username, name: u.fullName, detail: u.roles.join(", ") })),
        ...p.updates.map((u) => ({ row: u.row, action: "update" as const, key: u.username, name: u.fullName, detail: u.addMemberships.join(", ") })),
      ].sort((a, b) => a.row - b.row).slice(0, 50),
    };
  }
  return { kind, rows: r.rows.length, creates: 0, updates: 0, unchanged: 0, issues: r.headerIssues, sample: [] };
}

function assertAdministers(actor: Actor, kind: ImportKind) {
  if (scopePrefixes(actor, ACTION[kind]).length === 0) throw new ForbiddenError(ACTION[kind]);
}

/** What the file would do; writes nothing. */
export async function previewImport(actor: Actor, raw: unknown): Promise<ImportSummary> {
  const parsed = importInput.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  assertAdministers(actor, parsed.data.kind);
  return summarise(parsed.data.kind, await readAndPlan(db, actor, parsed.data));
}

export type ImportResult = ImportSummary & { temporaryPassword: string | null };

export const commitImport = defineUseCase({
  name: "import.commit",
  input: importInput,
  timeoutMs: 300_000,
  // The file is planned inside the transaction, so what it checks is what it writes.
  load: async (tx, actor, input) => ({ plan: await readAndPlan(tx, actor, input) }),
  authorize: (actor, _loaded, input) => assertAdministers(actor, input.kind),
  execute: async (ctx, { plan }, input): Promise<ImportResult> => {
    const summary = summarise(input.kind, plan);
    if (summary.issues.length) {
      // The preview shows every row's issues; the refusal carries the first ones (a file may have thousands).
      throw new ValidationError(summary.issues.slice(0, 200).map((i) => ({ path: `row.${i.row}.${i.column}`, code: "IMPORT_ROW", message: i.code })));
    }
    let temporaryPassword: string | null = null;
    if (plan.units) await writeUnits(ctx.tx, ctx.audit, plan.units);
    if (plan.people) temporaryPassword = await writePeople(ctx.tx, ctx.audit, plan.people);
    if (summary.creates + summary.updates > 0) {
      ctx.audit({
        action: `import.${input.kind}`,
        targetType: "Import",
        targetId: randomUUID(),
        after: { fileName: input.fileName, rows: summary.rows, creates: summary.creates, updates: summary.updates, unchanged: summary.unchanged },
      });
    }
    return { ...summary, temporaryPassword };
  },
});

type Audit = UseCaseContext["audit"];

async function writeUnits(tx: Tx, audit: Audit, { plan, existing }: NonNullable<Awaited<ReturnType<typeof readAndPlan>>["units"]>) {
  const byCode = new Map<string, { id: string; path: string; depth: number }>([...existing].map(([code, u]) => [code, u]));
  for (const u of plan.creates) {
    const parent = byCode.get(u.parentCode);
    if (!parent) throw new Error(`parent ${u.parentCode} not planned`);
    const created = await insertUnit(tx, parent, {
      code: u.code,
      name: u.name,
      shortName: u.shortName,
      kind: u.kind,
      governingBodyName: u.governingBodyName,
      addressLine: u.addressLine,
    });
    byCode.set(u.code, created);
    audit({ action: "unit.create", targetType: "Unit", targetId: created.id, unitId: created.id, after: { code: u.code, name: u.name, kind: u.kind, parentCode: u.parentCode } });
  }
  for (const u of plan.updates) {
    const data = { name: u.name, shortName: u.shortName, kind: u.kind, governingBodyName: u.governingBodyName, addressLine: u.addressLine };
    await tx.unit.update({ where: { id: u.id }, data: { ...data, version: { increment: 1 } } });
    const b = u.before;
    audit({
      action: "unit.update",
      targetType: "Unit",
      targetId: u.id,
      unitId: u.id,
      before: { name: b.name, shortName: b.shortName, kind: b.kind, governingBodyName: b.governingBodyName, addressLine: b.addressLine },
      after: data,
    });
  }
}

async function writePeople(tx: Tx, audit: Audit, plan: Awaited<ReturnType<typeof planPeople>>): Promise<string | null> {
  let temporaryPassword: string | null = null;
  if (plan.creates.length) {
    temporaryPassword = newTemporaryPassword();
    // One argon2 hash for the whole batch (thousands of rows); each person must change it at first sign-in.
    const passwordHash = await hashPassword(temporaryPassword);
    const users = plan.creates.map((p) => ({ ...p, id: randomUUID() }));
    await tx.user.createMany({
      data: users.map((p) => ({ id: p.id, username: p.username, email: p.email, fullName: p.fullName, title: p.title, passwordHash, mustChangePassword: true })),
    });
    await tx.membership.createMany({ data: users.flatMap((p) => p.roles.map((role) => ({ userId: p.id, unitId: p.unitId, role }))) });
    for (const p of users) {
      audit({ action: "user.create", targetType: "User", targetId: p.id, unitId: p.unitId, after: { username: p.username, email: p.email, fullName: p.fullName, title: p.title, memberships: p.roles.map((role) => ({ unitId: p.unitId, role })) } });
    }
  }
  for (const p of plan.updates) {
    if (p.fieldsChanged) {
      await tx.user.update({ where: { id: p.id }, data: { email: p.email, fullName: p.fullName, title: p.title, version: { increment: 1 } } });
    }
    if (p.addMemberships.length) {
      await tx.membership.createMany({ data: p.addMemberships.map((role) => ({ userId: p.id, unitId: p.unitId, role })) });
      await tx.user.update({ where: { id: p.id }, data: { authVersion: { increment: 1 } } });
    }
    audit({
      action: "user.update",
      targetType: "User",
      targetId: p.id,
      unitId: p.unitId,
      before: { email: p.before.email, fullName: p.before.fullName, title: p.before.title },
      after: { email: p.email, fullName: p.fullName, title: p.title, addedMemberships: p.addMemberships.map((role) => ({ unitId: p.unitId, role })) },
    });
  }
  return temporaryPassword;
}
