/** Read side of attachments: a file is visible exactly to those who may read its proposal. */
import { z } from "zod";
import { can, type Actor } from "@/domain/permissions";
import { db } from "../db";
import { proposalResourceSelect, toProposalResource } from "../proposals/resource";
import { proposalScope } from "../scope";
import { storageFor } from "./storage";

const attachmentId = z.string().min(1).max(100);

export type OpenedAttachment = {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  body: ReadableStream<Uint8Array>;
};

/** The file and its bytes, or null for an unknown id or one the actor may not see (→ 404). */
export async function openAttachment(actor: Actor, id: string): Promise<OpenedAttachment | null> {
  if (!attachmentId.safeParse(id).success) return null;
  const a = await db.attachment.findFirst({
    where: { id, proposal: proposalScope(actor) },
    select: {
      id: true,
      fileName: true,
      mimeType: true,
      sizeBytes: true,
      sha256: true,
      storage: true,
      storageKey: true,
      proposal: { select: proposalResourceSelect },
    },
  });
  if (!a?.proposal || !can(actor, "proposal.read", toProposalResource(a.proposal))) return null;
  const body = await (await storageFor(a.storage, db)).get(a.storageKey);
  if (!body) {
    console.error(`[attachments] bytes missing for attachment ${a.id} (${a.storage} ${a.storageKey})`);
    return null;
  }
  return { id: a.id, fileName: a.fileName, mimeType: a.mimeType, sizeBytes: a.sizeBytes, sha256: a.sha256, body };
}
