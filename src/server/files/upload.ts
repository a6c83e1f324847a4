import { createHash, randomUUID } from "node:crypto";
import { z } from "zod";
import { assertCan, type Action } from "@/domain/permissions";
import type { SessionActor } from "../actor";
import { proposalResourceSelect, toProposalResource } from "../proposals/resource";
import { proposalScope } from "../scope";
import { defineUseCase } from "../usecase";
import { maxAttachmentBytes, maxAttachmentBytesPerUser, maxAttachmentsPerProposal } from "./config";
import { acceptedMimeType } from "./detect";
import { withStorageEffects, type StorageEffects } from "./effects";
import { AttachmentError } from "./errors";
import { normaliseFileName } from "./file-name";
import { activeStorageKind, storageFor } from "./storage";

/**
 * What may be attached, and the permission each needs: the plan by its authors while it is written
 * (DRAFT, RETURNED); a progress report being written (pilot.report, while execution runs; the
 * report links the file when it is filed); the result report's papers by those who report it
 * (FINISHED, STOPPED; Art. 18). Attachments of other stages come with the use-cases of those stages
 * and their own permissions, so an author cannot file a paper as "the decision".
 */
export const ATTACHMENT_PURPOSES = { plan: "proposal.update", "progress-report": "pilot.report", result: "result.report" } as const satisfies Record<string, Action>;
export type AttachmentPurpose = keyof typeof ATTACHMENT_PURPOSES;
const PURPOSES = Object.keys(ATTACHMENT_PURPOSES) as [AttachmentPurpose, ...AttachmentPurpose[]];

export function isAttachmentPurpose(value: unknown): value is AttachmentPurpose {
  return typeof value === "string" && Object.hasOwn(ATTACHMENT_PURPOSES, value);
}

export const uploadAttachmentInput = z.object({
  proposalId: z.string().min(1).max(100),
  fileName: z.string().max(1000).transform(normaliseFileName).pipe(z.string().min(1)),
  bytes: z.instanceof(Uint8Array),
  purpose: z.enum(PURPOSES).default("plan"),
});
export type UploadAttachmentInput = z.input<typeof uploadAttachmentInput>;

export const attachmentSummarySelect = {
  id: true,
  fileName: true,
  sizeBytes: true,
  mimeType: true,
  createdAt: true,
} as const;

const uploadUseCase = (effects: StorageEffects) =>
  defineUseCase({
    name: "attachment.upload",
    input: uploadAttachmentInput,
    load: (tx, actor, input) =>
      tx.proposal.findFirst({ where: { AND: [{ id: input.proposalId }, proposalScope(actor)] }, select: proposalResourceSelect }),
    // Attaching papers to the plan is editing it; to a progress or result report, reporting it.
    authorize: (actor, p, input) => assertCan(actor, ATTACHMENT_PURPOSES[input.purpose], toProposalResource(p)),
    execute: async (ctx, p, input) => {
      const maxBytes = maxAttachmentBytes();
      if (input.bytes.byteLength === 0) throw new AttachmentError("ATTACHMENT_EMPTY");
      if (input.bytes.byteLength > maxBytes) throw new AttachmentError("ATTACHMENT_TOO_LARGE", { maxBytes });
      const mimeType = await acceptedMimeType(input.fileName, input.bytes);
      const sha256 = createHash("sha256").update(input.bytes).digest("hex");

      // Locks the proposal row until commit and re-checks its state, so a plan submitted meanwhile
      // gets no attachment after the fact. The version is left alone: the author's open form holds
      // it for autosave, and an attachment does not change the plan's text.
      const guarded = await ctx.tx.proposal.updateMany({ where: { id: p.id, status: p.status }, data: { updatedAt: ctx.now } });
      ctx.assertUpdated(guarded.count);

      // Quotas (the proposal row lock above serialises uploads to one proposal; the advisory lock,
      // uploads of one user to several proposals), so parallel uploads cannot pass them together.
      await ctx.tx.$executeRaw`select pg_advisory_xact_lock(hashtext('attachment-quota'), hashtext(${ctx.actor.userId}))`;
      const [onProposal, byUser] = await Promise.all([
        ctx.tx.attachment.count({ where: { proposalId: p.id } }),
        ctx.tx.attachment.aggregate({ where: { uploadedById: ctx.actor.userId }, _sum: { sizeBytes: true } }),
      ]);
      if (onProposal >= maxAttachmentsPerProposal()) throw new AttachmentError("ATTACHMENT_QUOTA_PROPOSAL");
      if ((byUser._sum.sizeBytes ?? 0) + input.bytes.byteLength > maxAttachmentBytesPerUser()) throw new AttachmentError("ATTACHMENT_QUOTA_USER");

      const storage = await storageFor(activeStorageKind(), ctx.tx);
      const storageKey = `proposals/${p.id}/${randomUUID()}`;
      if (!storage.transactional) {
        // Object storage cannot roll back with the transaction: write the object first, so a row
        // never points at missing bytes, and remove it again if anything later fails.
        await storage.put(storageKey, input.bytes, { contentType: mimeType });
        effects.onRollback(() => storage.delete(storageKey));
      }
      const created = await ctx.tx.attachment.create({
        data: {
          proposalId: p.id,
          purpose: input.purpose,
          fileName: input.fileName,
          mimeType,
          sizeBytes: input.bytes.byteLength,
          sha256,
          storage: storage.kind,
          storageKey,
          uploadedById: ctx.actor.userId,
        },
        select: attachmentSummarySelect,
      });
      // PostgreSQL: the blob row references the attachment row, in the same transaction.
      if (storage.transactional) await storage.put(storageKey, input.bytes, { contentType: mimeType });

      ctx.audit({
        action: "attachment.upload",
        targetType: "Attachment",
        targetId: created.id,
        proposalId: p.id,
        unitId: p.unitId,
        after: { fileName: created.fileName, sizeBytes: created.sizeBytes, sha256, mimeType, purpose: input.purpose, storage: storage.kind },
      });
      return created;
    },
  });

/** An author attaches a PDF, DOCX, XLSX, PNG or JPEG to a plan still being written (DRAFT or RETURNED). */
export function uploadAttachment(actor: SessionActor, input: unknown) {
  return withStorageEffects((effects) => uploadUseCase(effects)(actor, input));
}
