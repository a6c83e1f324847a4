-- AlterTable
ALTER TABLE "Evaluation" ADD COLUMN     "abuse" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "abuseFindings" TEXT,
ADD COLUMN     "abuseKinds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "evidence" JSONB,
ADD COLUMN     "meetingId" TEXT,
ADD COLUMN     "partyOpinionId" TEXT;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "resultReportId" TEXT;

-- AlterTable
ALTER TABLE "PartyOpinion" ADD COLUMN     "resultReportId" TEXT;

-- AlterTable
ALTER TABLE "ResultReport" ADD COLUMN     "damageDescription" TEXT,
ADD COLUMN     "damageVnd" BIGINT,
ADD COLUMN     "objectiveCauses" TEXT,
ADD COLUMN     "subjectiveCauses" TEXT;

-- CreateIndex
CREATE INDEX "Meeting_resultReportId_idx" ON "Meeting"("resultReportId");

-- CreateIndex
CREATE INDEX "PartyOpinion_resultReportId_idx" ON "PartyOpinion"("resultReportId");

-- AddForeignKey
ALTER TABLE "PartyOpinion" ADD CONSTRAINT "PartyOpinion_resultReportId_fkey" FOREIGN KEY ("resultReportId") REFERENCES "ResultReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_resultReportId_fkey" FOREIGN KEY ("resultReportId") REFERENCES "ResultReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The protection conclusion rule (src/domain/outcome.ts, Art. 5.2, 6.1, 11 NĐ 73/2023), repeated
-- by the database so no path (a seed, a script, a direct call) can store an unlawful combination.
-- NOT VALID: enforced for every new or changed row; rows written before this migration by older
-- seeds are left for the operator to review instead of blocking the upgrade.
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_conclusion_rule" CHECK (
  "category" IN ('A', 'B', 'C')
  AND "damageCaused" = ("category" = 'C')
  AND (("category" = 'C') = (COALESCE("damageVnd", 0) > 0))
  AND (NOT "abuse" OR cardinality("abuseKinds") > 0)
  AND CASE
    WHEN "abuse" THEN "conclusion" = 'ABUSE'
    WHEN NOT ("followedPolicy" AND "pureMotive" AND "commonInterest") THEN "conclusion" = 'NO_PROTECTION'
    WHEN "category" = 'A' THEN "conclusion" = 'NOT_RESPONSIBLE'
    WHEN "category" = 'B' THEN "conclusion" = 'EXCLUDED'
    ELSE "conclusion" IN ('EXCLUDED', 'EXEMPTED', 'REDUCED')
  END
) NOT VALID;

-- Money is never negative.
ALTER TABLE "ResultReport" ADD CONSTRAINT "ResultReport_damage_not_negative" CHECK ("damageVnd" IS NULL OR "damageVnd" >= 0);
