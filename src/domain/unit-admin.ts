/**
 * Administration of the unit tree (đơn vị): the inputs the unit forms and the import share.
 * Message keys are under "admin.errors" in messages/*.json.
 */
import { z } from "zod";

export const UNIT_KINDS = ["CENTRAL", "PROVINCE", "MINISTRY", "DEPARTMENT", "OFFICE", "COMMUNE"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

const id = z.string().trim().min(1).max(64);
const version = z.number().int().min(0);

/** A unit code: Latin letters, digits, dot, dash, underscore ("SKHCN-QN"); matched exactly as written. */
export const unitCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$/, { message: "unitCode" });

export const unitNameSchema = z.string().trim().min(2, { message: "nameRequired" }).max(300, { message: "tooLong" });

/** Optional text: blank becomes null, so clearing a field stores nothing. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: "tooLong" })
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

const unitFields = {
  code: unitCodeSchema,
  name: unitNameSchema,
  shortName: optionalText(100),
  kind: z.enum(UNIT_KINDS, { message: "unitKind" }),
  governingBodyName: optionalText(300),
  addressLine: optionalText(200),
};

export const createUnitInput = z.object({ parentId: id, ...unitFields });
export const updateUnitInput = z.object({ id, version, ...unitFields });
export const moveUnitInput = z.object({ id, version, parentId: id });
export const setUnitActiveInput = z.object({ id, version, active: z.boolean() });
export const deleteUnitInput = z.object({ id, version });

export type UnitFields = z.output<typeof createUnitInput>;

/** "/a/b/c/" → moving "/a/b/" under "/a/x/" gives "/a/x/b/c/". */
export function movedPath(path: string, oldPrefix: string, newPrefix: string): string {
  return newPrefix + path.slice(oldPrefix.length);
}

/** A unit cannot move under itself or one of its descendants (the tree would become a loop). */
export function isInsideOwnSubtree(unitPath: string, newParentPath: string): boolean {
  return newParentPath.startsWith(unitPath);
}

/** Normalises text for search: lower-case, no diacritics ("Sở Y tế" matches "so y te"). */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .trim();
}
