/**
 * The regulation profile in force for the country: the default RegulationProfile row run through
 * parseRegulationProfile, else the built-in Nghị định 73/2023 profile (server/rules.ts falls back
 * the same way). Read-only for now; editing profiles is future work.
 */
import { DECREE_73_PROFILE, parseRegulationProfile, type RegulationProfile } from "@/domain/regulation";
import type { FieldIssue } from "@/domain/errors";
import type { Actor } from "@/domain/permissions";
import { db } from "../db";
import { canAtRoot } from "./root";

export type ProfileSource = "STORED" | "BUILT_IN" | "STORED_INVALID";

export type RegulationView = {
  profile: RegulationProfile;
  source: ProfileSource;
  stored: { code: string; name: string; version: number; updatedAt: Date } | null;
  issues: readonly FieldIssue[];
  /** Units attached to a profile of their own (a province's additional rules). */
  unitsWithOwnProfile: number;
};

/** null when the actor may not manage the regulation profile (the page answers 404). */
export async function regulationInForceFor(actor: Actor): Promise<RegulationView | null> {
  if (!(await canAtRoot(actor, "regulation.manage"))) return null;
  const [row, unitsWithOwnProfile] = await Promise.all([
    db.regulationProfile.findFirst({ where: { isDefault: true }, select: { code: true, name: true, version: true, updatedAt: true, rules: true } }),
    db.unit.count({ where: { regulationProfileId: { not: null } } }),
  ]);
  if (!row) return { profile: DECREE_73_PROFILE, source: "BUILT_IN", stored: null, issues: [], unitsWithOwnProfile };
  const stored = { code: row.code, name: row.name, version: row.version, updatedAt: row.updatedAt };
  const parsed = parseRegulationProfile(row.rules);
  return parsed.ok
    ? { profile: parsed.profile, source: "STORED", stored, issues: [], unitsWithOwnProfile }
    : { profile: DECREE_73_PROFILE, source: "STORED_INVALID", stored, issues: parsed.issues, unitsWithOwnProfile };
}
