import { z } from "zod";
import { ForbiddenError } from "@/domain/errors";
import { assertCan } from "@/domain/permissions";
import type { SessionActor } from "../actor";
import { proposalResourceSelect, toProposalResource } from "../proposals/resource";
import { proposalScope } from "../scope";
import { defineUseCase } from "../usecase";
import { withStorageEffects, type StorageEffects } from "./effects";
import { storageFor } from "./storage";
import { ATTACHMENT_PURPOSES, isAttachmentPurpose } from "./upload";

export const deleteAttachmentInput = z.object({ attachmentId: z.string().min(1).max(100) });

const deleteUseCase = (effects: StorageEffects) =>
  defineUseCase({
    name: "attachment.delete",
    input: deleteAttachmentInput,
    load: async (tx, actor, input) => {
      const a = await tx.attachment.findFirst({
        where: { id: input.attachmentId, proposal: proposalScope(actor) },
        select: {
          id: true,
          fileName: true,
          sizeBytes: true,
          sha256: true,
          mimeType: true,
          purpose: true,
          progressReportId: true,
          storage: true,
          storageKey: true,
          proposal: { select: proposalResourceSelect },
        },
      });
      return a?.proposal ? { ...a, proposal: a.proposal } : null;
    },
    authorize: (actor, a) => {
      // A file of a filed progress report is part of the record: it is never removed.
      if (!isAttachmentPurpose(a.purpose) || a.progressReportId !== null) throw new ForbiddenError("proposal.update");
      assertCan(actor, ATTACHMENT_PURPOSES[a.purpose], toProposalResource(a.proposal));
    },
    execute: async (ctx, a) => {
      const p = a.proposal;
      // Same guard as the upload: the plan must still be editable when this commits.
      const guarded = await ctx.tx.proposal.updateMany({ where: { id: p.id, status: p.status }, data: { updatedAt: ctx.now } });
      ctx.assertUpdated(guarded.count);

      const storage = await storageFor(a.storage, ctx.tx);
      if (storage.transactional) await storage.delete(a.storageKey);
      const removed = await ctx.tx.attachment.deleteMany({ where: { id: a.id } });
      ctx.assertUpdated(removed.count);
      // Object storage: remove the bytes only once the row is gone for good; if this transaction
      // rolls back, the attachment must still be downloadable.
      if (!storage.transactional) effects.afterCommit(() => storage.delete(a.storageKey));

      ctx.audit({
        action: "attachment.delete",
        targetType: "Attachment",
        targetId: a.id,
        proposalId: p.id,
        unitId: p.unitId,
        before: { fileName: a.fileName, sizeBytes: a.sizeBytes, sha256: a.sha256, mimeType: a.mimeType, purpose: a.purpose },
      });
      return { id: a.id };
    },
  });

/** An author removes an attachment from a plan still being written. */
export function deleteAttachment(actor: SessionActor, input: unknown) {
  return withStorageEffects((effects) => deleteUseCase(effects)(actor, input));
}
