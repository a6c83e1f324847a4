/**
 * CSV/XLSX import of units and people, as pure planning: the server reads the file into rows and
 * loads what already exists; this module validates every row, matches it (units by code, people
 * by username, else e-mail) and says what would be created, updated or left unchanged. The server
 * writes nothing unless the plan has no issue (all or nothing), and a second import of the same
 * file plans nothing (idempotent).
 */
import type { z } from "zod";
import { emailSchema, fullNameSchema, usernameSchema } from "./person-admin";
import { ROLES, type Role } from "./roles";
import { UNIT_KINDS, optionalText, searchKey, unitCodeSchema, unitNameSchema, type UnitKind } from "./unit-admin";

export const IMPORT_KINDS = ["units", "people"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const MAX_IMPORT_ROWS = 10_000;

/** Template columns (Vietnamese, machine-friendly); English names are accepted too. */
export const UNIT_COLUMNS = ["ma_don_vi", "ten_don_vi", "ten_viet_tat", "loai", "ma_don_vi_cap_tren", "co_quan_chu_quan", "dia_danh"] as const;
export const PERSON_COLUMNS = ["ten_dang_nhap", "email", "ho_ten", "chuc_vu", "ma_don_vi", "vai_tro"] as const;
const REQUIRED: Record<ImportKind, readonly string[]> = {
  units: ["ma_don_vi", "ten_don_vi", "loai", "ma_don_vi_cap_tren"],
  people: ["ten_dang_nhap", "email", "ho_ten", "ma_don_vi"],
};
const ALIASES: Record<string, string> = {
  code: "ma_don_vi",
  unit_code: "ma_don_vi",
  name: "ten_don_vi",
  short_name: "ten_viet_tat",
  kind: "loai",
  parent_code: "ma_don_vi_cap_tren",
  governing_body: "co_quan_chu_quan",
  governing_body_name: "co_quan_chu_quan",
  address_line: "dia_danh",
  username: "ten_dang_nhap",
  e_mail: "email",
  full_name: "ho_ten",
  title: "chuc_vu",
  roles: "vai_tro",
  role: "vai_tro",
};

/** "Mã đơn vị" / "ma_don_vi" / "code" → "ma_don_vi". */
export function normaliseHeader(header: string): string {
  const key = searchKey(header).replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  return ALIASES[key] ?? key;
}

const KIND_ALIASES: Record<string, UnitKind> = {
  "trung uong": "CENTRAL",
  tinh: "PROVINCE",
  "thanh pho": "PROVINCE",
  bo: "MINISTRY",
  nganh: "MINISTRY",
  so: "DEPARTMENT",
  ban: "DEPARTMENT",
  phong: "OFFICE",
  xa: "COMMUNE",
  phuong: "COMMUNE",
};
const ROLE_ALIASES: Record<string, Role> = {
  "can bo": "PROPOSER",
  "de xuat": "PROPOSER",
  "nguoi dung dau": "HEAD",
  "cap truong": "HEAD",
  "cap pho": "DEPUTY",
  "cap uy": "PARTY_COMMITTEE",
  "giam sat": "MONITOR",
  "ban to chuc": "COMMISSION",
  "quan tri": "ADMIN",
};

export function parseUnitKind(value: string): UnitKind | null {
  const upper = value.trim().toUpperCase();
  if ((UNIT_KINDS as readonly string[]).includes(upper)) return upper as UnitKind;
  return KIND_ALIASES[searchKey(value)] ?? null;
}

/** "HEAD; Cấp phó" → ["HEAD", "DEPUTY"]; an empty cell means a proposer (cán bộ). */
export function parseRoles(value: string): Role[] | null {
  const parts = value.split(/[;,|]/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return ["PROPOSER"];
  const roles: Role[] = [];
  for (const p of parts) {
    const upper = p.toUpperCase();
    const role = (ROLES as readonly string[]).includes(upper) ? (upper as Role) : ROLE_ALIASES[searchKey(p)];
    if (!role) return null;
    if (!roles.includes(role)) roles.push(role);
  }
  return roles;
}

/** One problem in the file: the spreadsheet's row number (the header is row 1), the column and a message key. */
export type ImportIssue = { readonly row: number; readonly column: string; readonly code: string; readonly value?: string };

export type RawRow = Readonly<Record<string, string>>;

/** Checks the header and turns raw rows into normalised ones (keys are the template's column names). */
export function normaliseRows(kind: ImportKind, header: readonly string[], rows: readonly (readonly string[])[]) {
  const keys = header.map(normaliseHeader);
  const issues: ImportIssue[] = REQUIRED[kind].filter((c) => !keys.includes(c)).map((c) => ({ row: 1, column: c, code: "missingColumn" }));
  if (rows.length > MAX_IMPORT_ROWS) issues.push({ row: MAX_IMPORT_ROWS + 2, column: "", code: "tooManyRows" });
  const out: { row: number; values: RawRow }[] = [];
  rows.forEach((cells, i) => {
    if (cells.every((c) => !c || !c.trim())) return; // blank lines are not rows
    const values: Record<string, string> = {};
    keys.forEach((k, j) => (values[k] = (cells[j] ?? "").trim()));
    out.push({ row: i + 2, values });
  });
  return { rows: out, issues };
}

function check<T>(schema: z.ZodType<T>, value: string, row: number, column: string, issues: ImportIssue[]): T | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  issues.push({ row, column, code: r.error.issues[0]?.message ?? "invalid", value });
  return undefined;
}

// ───────────────────────────── Units ─────────────────────────────

export type ExistingUnit = {
  readonly id: string;
  readonly code: string;
  readonly path: string;
  readonly parentCode: string | null;
  readonly name: string;
  readonly shortName: string | null;
  readonly kind: UnitKind;
  readonly governingBodyName: string | null;
  readonly addressLine: string | null;
  readonly active: boolean;
};
export type UnitRowData = {
  row: number;
  code: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  parentCode: string;
  governingBodyName: string | null;
  addressLine: string | null;
};
export type UnitImportPlan = {
  issues: ImportIssue[];
  /** In an order where every parent comes before its children. */
  creates: UnitRowData[];
  updates: (UnitRowData & { id: string; before: ExistingUnit })[];
  unchanged: number;
};

export function planUnitImport(
  rows: readonly { row: number; values: RawRow }[],
  existing: ReadonlyMap<string, ExistingUnit>,
  inScope: (path: string) => boolean,
): UnitImportPlan {
  const issues: ImportIssue[] = [];
  const valid: UnitRowData[] = [];
  const seen = new Map<string, number>();
  for (const { row, values } of rows) {
    const before = issues.length;
    const code = check(unitCodeSchema, values.ma_don_vi ?? "", row, "ma_don_vi", issues);
    const name = check(unitNameSchema, values.ten_don_vi ?? "", row, "ten_don_vi", issues);
    const shortName = check(optionalText(100), values.ten_viet_tat ?? "", row, "ten_viet_tat", issues);
    const governingBodyName = check(optionalText(300), values.co_quan_chu_quan ?? "", row, "co_quan_chu_quan", issues);
    const addressLine = check(optionalText(200), values.dia_danh ?? "", row, "dia_danh", issues);
    const kind = parseUnitKind(values.loai ?? "");
    if (!kind) issues.push({ row, column: "loai", code: "unitKind", value: values.loai ?? "" });
    const parentCode = check(unitCodeSchema, values.ma_don_vi_cap_tren ?? "", row, "ma_don_vi_cap_tren", issues);
    if (code !== undefined) {
      const first = seen.get(code);
      if (first !== undefined) issues.push({ row, column: "ma_don_vi", code: "duplicateInFile", value: String(first) });
      else seen.set(code, row);
    }
    if (issues.length === before && code && name && kind && parentCode && shortName !== undefined && governingBodyName !== undefined && addressLine !== undefined) {
      valid.push({ row, code, name, shortName, kind, parentCode, governingBodyName, addressLine });
    }
  }

  const creates: UnitRowData[] = [];
  const updates: UnitImportPlan["updates"] = [];
  let unchanged = 0;
  const pending: UnitRowData[] = [];
  for (const r of valid) {
    const found = existing.get(r.code);
    if (!found) {
      pending.push(r);
      continue;
    }
    if (!inScope(found.path)) {
      issues.push({ row: r.row, column: "ma_don_vi", code: "unitOutOfScope", value: r.code });
      continue;
    }
    if (found.parentCode !== r.parentCode) {
      issues.push({ row: r.row, column: "ma_don_vi_cap_tren", code: "parentChange", value: r.parentCode });
      continue;
    }
    const same =
      found.name === r.name &&
      found.shortName === r.shortName &&
      found.kind === r.kind &&
      found.governingBodyName === r.governingBodyName &&
      found.addressLine === r.addressLine;
    if (same) unchanged += 1;
    else updates.push({ ...r, id: found.id, before: found });
  }

  // New units: a parent is an existing unit in scope, or a new unit of the same file (any order).
  const placed = new Set<string>();
  let progress = true;
  while (pending.length && progress) {
    progress = false;
    for (let i = 0; i < pending.length; i++) {
      const r = pending[i];
      const parent = existing.get(r.parentCode);
      const ready = parent ? inScope(parent.path) && parent.active : placed.has(r.parentCode);
      if (parent && !ready) {
        issues.push({ row: r.row, column: "ma_don_vi_cap_tren", code: parent.active ? "parentOutOfScope" : "parentInactive", value: r.parentCode });
        pending.splice(i--, 1);
        progress = true;
        continue;
      }
      if (ready) {
        creates.push(r);
        placed.add(r.code);
        pending.splice(i--, 1);
        progress = true;
      }
    }
  }
  for (const r of pending) {
    const inFile = valid.some((v) => v.code === r.parentCode);
    issues.push({ row: r.row, column: "ma_don_vi_cap_tren", code: inFile ? "parentCycle" : "unknownUnit", value: r.parentCode });
  }
  issues.sort((a, b) => a.row - b.row);
  return { issues, creates, updates, unchanged };
}

// ───────────────────────────── People ─────────────────────────────

export type ExistingPerson = {
  readonly id: string;
  readonly username: string;
  readonly email: string;
  readonly fullName: string;
  readonly title: string | null;
  readonly active: boolean;
  /** Memberships as "unitId:ROLE". */
  readonly memberships: readonly string[];
  /** At least one membership inside the administrator's subtree (or none at all). */
  readonly inScope: boolean;
};
export type PersonRowData = {
  row: number;
  username: string;
  email: string;
  fullName: string;
  title: string | null;
  unitId: string;
  roles: Role[];
};
export type PersonImportPlan = {
  issues: ImportIssue[];
  creates: PersonRowData[];
  updates: (PersonRowData & { id: string; before: ExistingPerson; addMemberships: Role[]; fieldsChanged: boolean })[];
  unchanged: number;
};

export function planPersonImport(
  rows: readonly { row: number; values: RawRow }[],
  units: ReadonlyMap<string, { id: string; path: string; active: boolean }>,
  inScope: (path: string) => boolean,
  byUsername: ReadonlyMap<string, ExistingPerson>,
  byEmail: ReadonlyMap<string, ExistingPerson>,
): PersonImportPlan {
  const issues: ImportIssue[] = [];
  const creates: PersonRowData[] = [];
  const updates: PersonImportPlan["updates"] = [];
  let unchanged = 0;
  const seenUser = new Map<string, number>();
  const seenEmail = new Map<string, number>();
  for (const { row, values } of rows) {
    const before = issues.length;
    const username = check(usernameSchema, values.ten_dang_nhap ?? "", row, "ten_dang_nhap", issues);
    const email = check(emailSchema, values.email ?? "", row, "email", issues);
    const fullName = check(fullNameSchema, values.ho_ten ?? "", row, "ho_ten", issues);
    const title = check(optionalText(200), values.chuc_vu ?? "", row, "chuc_vu", issues);
    const roles = parseRoles(values.vai_tro ?? "");
    if (!roles) issues.push({ row, column: "vai_tro", code: "role", value: values.vai_tro ?? "" });
    const unitCode = (values.ma_don_vi ?? "").trim();
    const unit = units.get(unitCode);
    if (!unitCode) issues.push({ row, column: "ma_don_vi", code: "required" });
    else if (!unit) issues.push({ row, column: "ma_don_vi", code: "unknownUnit", value: unitCode });
    else if (!inScope(unit.path)) issues.push({ row, column: "ma_don_vi", code: "unitOutOfScope", value: unitCode });
    else if (!unit.active) issues.push({ row, column: "ma_don_vi", code: "unitInactive", value: unitCode });
    if (username) {
      const first = seenUser.get(username);
      if (first !== undefined) issues.push({ row, column: "ten_dang_nhap", code: "duplicateInFile", value: String(first) });
      else seenUser.set(username, row);
    }
    if (email) {
      const first = seenEmail.get(email);
      if (first !== undefined) issues.push({ row, column: "email", code: "duplicateInFile", value: String(first) });
      else seenEmail.set(email, row);
    }
    if (issues.length > before || !username || !email || !fullName || title === undefined || !roles || !unit) continue;

    const data: PersonRowData = { row, username, email, fullName, title, unitId: unit.id, roles };
    const match = byUsername.get(username) ?? byEmail.get(email);
    const emailOwner = byEmail.get(email);
    if (emailOwner && match && emailOwner.id !== match.id) {
      issues.push({ row, column: "email", code: "emailTaken", value: email });
      continue;
    }
    if (!match) {
      creates.push(data);
      continue;
    }
    if (!match.inScope) {
      issues.push({ row, column: "ten_dang_nhap", code: "personOutOfScope", value: username });
      continue;
    }
    if (match.username !== username) {
      issues.push({ row, column: "ten_dang_nhap", code: "usernameMismatch", value: match.username });
      continue;
    }
    const addMemberships = roles.filter((r) => !match.memberships.includes(`${unit.id}:${r}`));
    const fieldsChanged = match.email !== email || match.fullName !== fullName || match.title !== title;
    if (!fieldsChanged && addMemberships.length === 0) unchanged += 1;
    else updates.push({ ...data, id: match.id, before: match, addMemberships, fieldsChanged });
  }
  issues.sort((a, b) => a.row - b.row);
  return { issues, creates, updates, unchanged };
}
