/**
 * The protection dossier's checkpoint (Art. 11; KL 14 §2.4): the compact text printed on the
 * dossier and in its QR code, from which a verifier can re-check, item by item, that the record it
 * was made from is unchanged. One line of text, so it survives copying, e-mail and QR scanners:
 *
 *   HS1|<proposalId>|<audit seq>|<audit hash prefix>|<kind>.<id>.<seq or ->.<digest prefix>|…
 *
 * The audit checkpoint is the chain's head when the dossier was made; each item carries the seq of
 * its audit event (or "-" when the record has none) and a prefix of the digest of its content
 * together with that event's hash. Prefixes of 16 hex digits (64 bits) keep the QR code small and
 * are far beyond what anyone could forge by trial.
 */
import { z } from "zod";

export const DOSSIER_ITEM_KINDS = {
  REVISION: "RV",
  PARTY_OPINION: "PO",
  MEETING: "MT",
  DECISION: "DC",
  DIRECTIVE: "DR",
  PROGRESS_REPORT: "PR",
  MONITORING_NOTE: "MN",
  SUPPORT_REQUEST: "SR",
  RESULT_REPORT: "RR",
  ATTACHMENT: "AT",
  EVALUATION: "EV",
} as const;
export type DossierItemKind = keyof typeof DOSSIER_ITEM_KINDS;

export const DIGEST_PREFIX = 16;
const PREFIX = "HS1";

export type CheckpointItem = { readonly kind: DossierItemKind; readonly id: string; readonly seq: string | null; readonly digest: string };
export type Checkpoint = { readonly proposalId: string; readonly seq: string; readonly hash: string; readonly items: readonly CheckpointItem[] };

const byCode = new Map<string, DossierItemKind>((Object.keys(DOSSIER_ITEM_KINDS) as DossierItemKind[]).map((kind) => [DOSSIER_ITEM_KINDS[kind], kind]));
const idPart = /^[A-Za-z0-9_-]{1,64}$/;
const hex = /^[0-9a-f]{16,64}$/;
const seqPart = /^\d{1,19}$/;

export function encodeCheckpoint(c: Checkpoint): string {
  const items = c.items.map((i) => `${DOSSIER_ITEM_KINDS[i.kind]}.${i.id}.${i.seq ?? "-"}.${i.digest.slice(0, DIGEST_PREFIX)}`);
  return [PREFIX, c.proposalId, c.seq, c.hash.slice(0, DIGEST_PREFIX), ...items].join("|");
}

const checkpointSchema = z.object({
  proposalId: z.string().regex(idPart),
  seq: z.string().regex(seqPart),
  hash: z.string().regex(hex),
  items: z.array(z.object({ kind: z.string(), id: z.string().regex(idPart), seq: z.string().regex(seqPart).nullable(), digest: z.string().regex(hex) })).max(2000),
});

/** Reads a checkpoint as printed or scanned (surrounding text and line breaks are ignored); null when it is not one. */
export function decodeCheckpoint(text: string): Checkpoint | null {
  const compact = text.replace(/\s+/g, "");
  const start = compact.indexOf(`${PREFIX}|`);
  if (start < 0) return null;
  const parts = compact.slice(start).split("|");
  if (parts.length < 4) return null;
  const [, proposalId, seq, hash, ...rest] = parts;
  const items: { kind: string; id: string; seq: string | null; digest: string }[] = [];
  for (const part of rest) {
    if (part === "") continue;
    const [code, id, itemSeq, digest, extra] = part.split(".");
    const kind = byCode.get(code ?? "");
    if (!kind || extra !== undefined || !id || !itemSeq || !digest) return null;
    items.push({ kind, id, seq: itemSeq === "-" ? null : itemSeq, digest });
  }
  const parsed = checkpointSchema.safeParse({ proposalId, seq, hash, items });
  return parsed.success ? (parsed.data as Checkpoint) : null;
}

export type ItemVerdict = "OK" | "CHANGED" | "MISSING" | "AUDIT_EVENT_CHANGED";
