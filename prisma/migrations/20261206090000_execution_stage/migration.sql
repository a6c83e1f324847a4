

-- CreateEnum
CREATE TYPE "MeasurementSource" AS ENUM ('REPORT', 'IMPORT');

-- CreateEnum
CREATE TYPE "InspectionKind" AS ENUM ('REPORT_REVIEW', 'SITE_VISIT', 'MEETING');

-- CreateEnum
CREATE TYPE "FlagKind" AS ENUM ('PROBLEM', 'VIOLATION');

-- CreateEnum
CREATE TYPE "SupportKind" AS ENUM ('BUDGET', 'PEOPLE', 'EQUIPMENT', 'GUIDANCE', 'OTHER');

-- CreateEnum
CREATE TYPE "SupportStatus" AS ENUM ('OPEN', 'GRANTED', 'PARTLY_GRANTED', 'REFUSED');

-- CreateEnum
CREATE TYPE "DirectiveBasis" AS ENUM ('HEAD', 'COLLECTIVE');

-- AlterEnum
ALTER TYPE "DeadlineKind" ADD VALUE 'DIRECTIVE_ACK';

-- AlterEnum
ALTER TYPE "DirectiveKind" ADD VALUE 'RESUME';

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "progressReportId" TEXT;

-- AlterTable
ALTER TABLE "Deadline" ADD COLUMN     "sequence" INTEGER,
ADD COLUMN     "subjectId" TEXT;

-- AlterTable
ALTER TABLE "Directive" ADD COLUMN     "ackDueOn" DATE,
ADD COLUMN     "acknowledgedAt" TIMESTAMP(3),
ADD COLUMN     "acknowledgedById" TEXT,
ADD COLUMN     "basis" "DirectiveBasis" NOT NULL DEFAULT 'HEAD';

-- AlterTable
ALTER TABLE "KpiMeasurement" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "measuredOn" DATE,
ADD COLUMN     "pilotId" TEXT,
ADD COLUMN     "recordedById" TEXT,
ADD COLUMN     "source" "MeasurementSource" NOT NULL DEFAULT 'REPORT',
ALTER COLUMN "progressReportId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "doneOn" DATE,
ADD COLUMN     "note" TEXT;

-- AlterTable
ALTER TABLE "MonitoringNote" ADD COLUMN     "answer" TEXT,
ADD COLUMN     "answeredAt" TIMESTAMP(3),
ADD COLUMN     "answeredById" TEXT,
ADD COLUMN     "flag" "FlagKind",
ADD COLUMN     "inspectedOn" DATE,
ADD COLUMN     "kind" "InspectionKind" NOT NULL DEFAULT 'REPORT_REVIEW',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Pilot" ADD COLUMN     "autoStarted" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "budgetVnd" BIGINT,
ADD COLUMN     "equipment" TEXT,
ADD COLUMN     "people" INTEGER,
ADD COLUMN     "scope" TEXT,
ADD COLUMN     "startedAt" TIMESTAMP(3),
ADD COLUMN     "startedOn" DATE;

-- AlterTable
ALTER TABLE "ProgressReport" ADD COLUMN     "budgetSpentVnd" BIGINT,
ADD COLUMN     "milestoneUpdates" JSONB,
ADD COLUMN     "period" INTEGER;

-- CreateTable
CREATE TABLE "ProgressRisk" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "level" "Severity" NOT NULL,
    "mitigation" TEXT,

    CONSTRAINT "ProgressRisk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportRequest" (
    "id" TEXT NOT NULL,
    "pilotId" TEXT NOT NULL,
    "progressReportId" TEXT,
    "requestedById" TEXT NOT NULL,
    "kind" "SupportKind" NOT NULL,
    "description" TEXT NOT NULL,
    "amountVnd" BIGINT,
    "status" "SupportStatus" NOT NULL DEFAULT 'OPEN',
    "answer" TEXT,
    "grantedBudgetVnd" BIGINT,
    "grantedPeople" INTEGER,
    "grantedEquipment" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupportRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionAmendment" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "directiveId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "changes" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionAmendment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgressRisk_reportId_idx" ON "ProgressRisk"("reportId");

-- CreateIndex
CREATE INDEX "SupportRequest_pilotId_createdAt_idx" ON "SupportRequest"("pilotId", "createdAt");

-- CreateIndex
CREATE INDEX "SupportRequest_status_createdAt_idx" ON "SupportRequest"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionAmendment_directiveId_key" ON "DecisionAmendment"("directiveId");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionAmendment_decisionId_number_key" ON "DecisionAmendment"("decisionId", "number");

-- CreateIndex
CREATE INDEX "Directive_acknowledgedAt_ackDueOn_idx" ON "Directive"("acknowledgedAt", "ackDueOn");

-- CreateIndex
CREATE INDEX "KpiMeasurement_pilotId_measuredOn_idx" ON "KpiMeasurement"("pilotId", "measuredOn");

-- CreateIndex
CREATE UNIQUE INDEX "KpiMeasurement_kpiId_measuredOn_key" ON "KpiMeasurement"("kpiId", "measuredOn");

-- CreateIndex
CREATE INDEX "MonitoringNote_flag_answeredAt_idx" ON "MonitoringNote"("flag", "answeredAt");

-- AddForeignKey
ALTER TABLE "ProgressRisk" ADD CONSTRAINT "ProgressRisk_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiMeasurement" ADD CONSTRAINT "KpiMeasurement_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportRequest" ADD CONSTRAINT "SupportRequest_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportRequest" ADD CONSTRAINT "SupportRequest_progressReportId_fkey" FOREIGN KEY ("progressReportId") REFERENCES "ProgressReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionAmendment" ADD CONSTRAINT "DecisionAmendment_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionAmendment" ADD CONSTRAINT "DecisionAmendment_directiveId_fkey" FOREIGN KEY ("directiveId") REFERENCES "Directive"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_progressReportId_fkey" FOREIGN KEY ("progressReportId") REFERENCES "ProgressReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- ───────────── Data: the execution stage as the new rules read it ─────────────

-- Pilots already carried out started on their recorded start date.
UPDATE "Pilot" p SET "startedOn" = p."startDate", "startedAt" = p."createdAt"
FROM "Proposal" pr
WHERE pr."id" = p."proposalId" AND pr."status" NOT IN ('APPROVED') AND p."startedAt" IS NULL;

-- The resources in force start as the decision's.
UPDATE "Pilot" p SET "scope" = d."scope", "budgetVnd" = d."budgetVnd", "people" = d."people", "equipment" = d."equipment"
FROM "Decision" d WHERE d."id" = p."decisionId" AND p."scope" IS NULL;

-- Measurements stand for the end of their report's period.
UPDATE "KpiMeasurement" m SET "measuredOn" = r."periodEnd", "pilotId" = r."pilotId", "recordedById" = r."authorId", "createdAt" = r."submittedAt"
FROM "ProgressReport" r WHERE r."id" = m."progressReportId" AND m."measuredOn" IS NULL;

-- Deadlines nobody can settle: a progress report before execution started (it used to open at
-- approval with workingDays 0), or while the pilot is suspended (no report is accepted then).
UPDATE "Deadline" dl SET "status" = 'CANCELLED', "settledAt" = now()
FROM "Proposal" pr
WHERE pr."id" = dl."proposalId" AND dl."status" = 'OPEN' AND dl."kind" = 'PROGRESS_REPORT'
  AND pr."status" NOT IN ('IN_PROGRESS');
-- …and any open deadline of a proposal whose life has moved past the step it waits for.
UPDATE "Deadline" dl SET "status" = 'CANCELLED', "settledAt" = now()
FROM "Proposal" pr
WHERE pr."id" = dl."proposalId" AND dl."status" = 'OPEN'
  AND ((dl."kind" = 'DECISION' AND pr."status" NOT IN ('SUBMITTED', 'IN_REVIEW'))
    OR (dl."kind" = 'RESULT_REPORT' AND pr."status" NOT IN ('FINISHED', 'STOPPED'))
    OR (dl."kind" = 'EVALUATION' AND pr."status" <> 'RESULT_REPORTED')
    OR dl."kind" = 'PARTY_OPINION');
