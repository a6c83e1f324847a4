-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "meetingId" TEXT,
ADD COLUMN     "overrideReason" TEXT,
ADD COLUMN     "partyOpinionId" TEXT;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "annulReason" TEXT,
ADD COLUMN     "annulledAt" TIMESTAMP(3),
ADD COLUMN     "annulledById" TEXT,
ADD COLUMN     "revisionId" TEXT;

-- AlterTable
ALTER TABLE "PartyOpinion" ADD COLUMN     "revisionId" TEXT;

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "governingBodyName" TEXT;

-- CreateIndex
CREATE INDEX "Meeting_revisionId_idx" ON "Meeting"("revisionId");

-- CreateIndex
CREATE INDEX "PartyOpinion_revisionId_idx" ON "PartyOpinion"("revisionId");

-- AddForeignKey
ALTER TABLE "PartyOpinion" ADD CONSTRAINT "PartyOpinion_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ProposalRevision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ProposalRevision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_partyOpinionId_fkey" FOREIGN KEY ("partyOpinionId") REFERENCES "PartyOpinion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Existing rows: a decision-stage meeting or Party opinion concerns the revision that was current
-- when it was recorded (the latest revision created before it).
UPDATE "Meeting" m SET "revisionId" = (
  SELECT r."id" FROM "ProposalRevision" r
  WHERE r."proposalId" = m."proposalId" AND r."createdAt" <= m."createdAt"
  ORDER BY r."number" DESC LIMIT 1
) WHERE m."purpose" = 'DECISION' AND m."revisionId" IS NULL;
UPDATE "Meeting" m SET "revisionId" = (
  SELECT r."id" FROM "ProposalRevision" r WHERE r."proposalId" = m."proposalId" ORDER BY r."number" ASC LIMIT 1
) WHERE m."purpose" = 'DECISION' AND m."revisionId" IS NULL;
UPDATE "PartyOpinion" o SET "revisionId" = (
  SELECT r."id" FROM "ProposalRevision" r
  WHERE r."proposalId" = o."proposalId" AND r."createdAt" <= o."requestedAt"
  ORDER BY r."number" DESC LIMIT 1
) WHERE o."stage" = 'DECISION' AND o."revisionId" IS NULL;
UPDATE "PartyOpinion" o SET "revisionId" = (
  SELECT r."id" FROM "ProposalRevision" r WHERE r."proposalId" = o."proposalId" ORDER BY r."number" ASC LIMIT 1
) WHERE o."stage" = 'DECISION' AND o."revisionId" IS NULL;
-- A decision rests on the closed meeting and the answered opinion of the revision it decided.
UPDATE "Decision" d SET "meetingId" = (
  SELECT m."id" FROM "Meeting" m
  WHERE m."revisionId" = d."revisionId" AND m."purpose" = 'DECISION' AND m."closedAt" IS NOT NULL AND m."closedAt" <= d."createdAt"
  ORDER BY m."closedAt" DESC LIMIT 1
) WHERE d."kind" IN ('IMPLEMENT', 'PILOT', 'NOT_APPROVED') AND d."meetingId" IS NULL;
UPDATE "Decision" d SET "partyOpinionId" = (
  SELECT o."id" FROM "PartyOpinion" o
  WHERE o."revisionId" = d."revisionId" AND o."stage" = 'DECISION' AND o."answeredAt" IS NOT NULL AND o."answeredAt" <= d."createdAt"
  ORDER BY o."answeredAt" DESC LIMIT 1
) WHERE d."kind" IN ('IMPLEMENT', 'PILOT', 'NOT_APPROVED') AND d."partyOpinionId" IS NULL;

-- The decision stage ties a meeting and an opinion to one revision (khoản 1 Điều 8, Điều 4); the
-- evaluation stage links its own record instead, so the column stays optional there.
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_decision_revision_check" CHECK ("purpose" <> 'DECISION' OR "revisionId" IS NOT NULL);
ALTER TABLE "PartyOpinion" ADD CONSTRAINT "PartyOpinion_decision_revision_check" CHECK ("stage" <> 'DECISION' OR "revisionId" IS NOT NULL);
-- A meeting is annulled only with a reason, and only one that was never closed.
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_annul_check" CHECK ("annulledAt" IS NULL OR ("annulReason" IS NOT NULL AND "closedAt" IS NULL));
