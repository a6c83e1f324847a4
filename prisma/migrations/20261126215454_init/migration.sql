-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('CENTRAL', 'PROVINCE', 'MINISTRY', 'DEPARTMENT', 'OFFICE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PROPOSER', 'HEAD', 'DEPUTY', 'PARTY_COMMITTEE', 'MONITOR', 'COMMISSION', 'ADMIN');

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'MAKEUP_WORKDAY');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'RETURNED', 'WITHDRAWN', 'APPROVED', 'NOT_APPROVED', 'IN_PROGRESS', 'SUSPENDED', 'STOPPED', 'FINISHED', 'RESULT_REPORTED', 'EVALUATED', 'CLOSED');

-- CreateEnum
CREATE TYPE "BottleneckKind" AS ENUM ('NOT_REGULATED', 'UNFIT_REGULATION');

-- CreateEnum
CREATE TYPE "ConditionFinding" AS ENUM ('MET', 'NOT_MET', 'UNCLEAR');

-- CreateEnum
CREATE TYPE "OpinionStage" AS ENUM ('DECISION', 'EVALUATION');

-- CreateEnum
CREATE TYPE "OpinionStance" AS ENUM ('AGREE', 'DISAGREE', 'COMMENTS');

-- CreateEnum
CREATE TYPE "MeetingPurpose" AS ENUM ('DECISION', 'EVALUATION');

-- CreateEnum
CREATE TYPE "VoteChoice" AS ENUM ('FOR', 'AGAINST', 'ABSTAIN');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('IMPLEMENT', 'PILOT', 'NOT_APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "DecisionBasis" AS ENUM ('VOTE', 'HEAD_ALONE');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "DirectiveKind" AS ENUM ('CONTINUE', 'SUSPEND', 'STOP', 'ADJUST');

-- CreateEnum
CREATE TYPE "OutcomeCategory" AS ENUM ('A', 'B', 'C', 'NONE');

-- CreateEnum
CREATE TYPE "ProtectionConclusion" AS ENUM ('NOT_RESPONSIBLE', 'EXCLUDED', 'EXEMPTED', 'REDUCED', 'NO_PROTECTION', 'ABUSE');

-- CreateEnum
CREATE TYPE "RecognitionKind" AS ENUM ('PRAISE', 'COMMENDATION', 'REWARD', 'EARLY_SALARY_STEP', 'PROMOTION');

-- CreateEnum
CREATE TYPE "InstitutionalisationStatus" AS ENUM ('RECOMMENDED', 'UNDER_CONSIDERATION', 'ADOPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "DeadlineKind" AS ENUM ('DECISION', 'RESULT_REPORT', 'EVALUATION', 'PROGRESS_REPORT', 'PARTY_OPINION');

-- CreateEnum
CREATE TYPE "DeadlineStatus" AS ENUM ('OPEN', 'MET', 'MISSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "StorageKind" AS ENUM ('POSTGRES', 'S3');

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" "UnitKind" NOT NULL,
    "parentId" TEXT,
    "path" TEXT NOT NULL,
    "depth" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "regulationProfileId" TEXT,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "title" TEXT,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "locale" TEXT NOT NULL DEFAULT 'vi',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegulationProfile" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rules" JSONB NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RegulationProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "bottleneckKind" "BottleneckKind",
    "status" "ProposalStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 0,
    "unitId" TEXT NOT NULL,
    "unitPath" TEXT NOT NULL,
    "decidingUnitId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "draft" JSONB NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "currentRevision" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "evaluatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalCoAuthor" (
    "proposalId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "ProposalCoAuthor_pkey" PRIMARY KEY ("proposalId","userId")
);

-- CreateTable
CREATE TABLE "ProposalRevision" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "plan" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewFinding" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "condition" TEXT NOT NULL,
    "finding" "ConditionFinding" NOT NULL,
    "note" TEXT,

    CONSTRAINT "ReviewFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyOpinion" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "stage" "OpinionStage" NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "stance" "OpinionStance",
    "content" TEXT,
    "attachmentId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PartyOpinion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "purpose" "MeetingPurpose" NOT NULL,
    "heldOn" DATE NOT NULL,
    "chairId" TEXT NOT NULL,
    "minutes" TEXT,
    "tally" JSONB,
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingMember" (
    "meetingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "isHead" BOOLEAN NOT NULL DEFAULT false,
    "present" BOOLEAN NOT NULL DEFAULT true,
    "excluded" BOOLEAN NOT NULL DEFAULT false,
    "exclusionReason" TEXT,

    CONSTRAINT "MeetingMember_pkey" PRIMARY KEY ("meetingId","userId")
);

-- CreateTable
CREATE TABLE "Vote" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "voterId" TEXT NOT NULL,
    "choice" "VoteChoice" NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "kind" "DecisionKind" NOT NULL,
    "basis" "DecisionBasis",
    "number" TEXT,
    "signedOn" DATE,
    "signerId" TEXT NOT NULL,
    "scope" TEXT,
    "participatingUnits" TEXT,
    "startDate" DATE,
    "endDate" DATE,
    "budgetVnd" BIGINT,
    "people" INTEGER,
    "equipment" TEXT,
    "targets" JSONB,
    "monitorId" TEXT,
    "reportEveryDays" INTEGER,
    "reasons" TEXT,
    "comments" TEXT,
    "rationale" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pilot" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "isPilot" BOOLEAN NOT NULL DEFAULT true,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "monitorId" TEXT,
    "reportEveryDays" INTEGER NOT NULL DEFAULT 30,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pilot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "pilotId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kpi" (
    "id" TEXT NOT NULL,
    "pilotId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unitOfMeasure" TEXT NOT NULL,
    "baseline" DECIMAL(18,4) NOT NULL,
    "target" DECIMAL(18,4) NOT NULL,
    "method" TEXT,

    CONSTRAINT "Kpi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressReport" (
    "id" TEXT NOT NULL,
    "pilotId" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "authorId" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "risks" TEXT,
    "supportRequested" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiMeasurement" (
    "id" TEXT NOT NULL,
    "progressReportId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "value" DECIMAL(18,4) NOT NULL,
    "note" TEXT,

    CONSTRAINT "KpiMeasurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitoringNote" (
    "id" TEXT NOT NULL,
    "pilotId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "finding" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "action" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonitoringNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Directive" (
    "id" TEXT NOT NULL,
    "pilotId" TEXT NOT NULL,
    "kind" "DirectiveKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "changes" JSONB,
    "issuedById" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Directive_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResultReport" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "kpiResults" JSONB,
    "selfAssessment" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResultReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "resultReportId" TEXT NOT NULL,
    "category" "OutcomeCategory" NOT NULL,
    "objectiveCauses" TEXT,
    "subjectiveCauses" TEXT,
    "followedPolicy" BOOLEAN NOT NULL,
    "followedPolicyEvidence" TEXT,
    "pureMotive" BOOLEAN NOT NULL,
    "pureMotiveEvidence" TEXT,
    "commonInterest" BOOLEAN NOT NULL,
    "commonInterestEvidence" TEXT,
    "damageCaused" BOOLEAN NOT NULL DEFAULT false,
    "damageVnd" BIGINT,
    "conclusion" "ProtectionConclusion" NOT NULL,
    "number" TEXT,
    "decidedOn" DATE NOT NULL,
    "decidedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recognition" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "RecognitionKind" NOT NULL,
    "number" TEXT,
    "decidedOn" DATE NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Recognition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Replication" (
    "id" TEXT NOT NULL,
    "sourceProposalId" TEXT NOT NULL,
    "targetUnitId" TEXT NOT NULL,
    "newProposalId" TEXT,
    "adoptedOn" DATE NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Replication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Institutionalisation" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "targetDocument" TEXT NOT NULL,
    "authority" TEXT,
    "status" "InstitutionalisationStatus" NOT NULL DEFAULT 'RECOMMENDED',
    "recommendedOn" DATE NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Institutionalisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deadline" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "kind" "DeadlineKind" NOT NULL,
    "unitId" TEXT NOT NULL,
    "assigneeId" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueOn" DATE NOT NULL,
    "workingDays" INTEGER NOT NULL,
    "status" "DeadlineStatus" NOT NULL DEFAULT 'OPEN',
    "settledAt" TIMESTAMP(3),
    "remindedAt" TIMESTAMP(3),
    "escalatedAt" TIMESTAMP(3),
    "escalatedToUnitId" TEXT,

    CONSTRAINT "Deadline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT,
    "purpose" TEXT NOT NULL DEFAULT 'plan',
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storage" "StorageKind" NOT NULL DEFAULT 'POSTGRES',
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttachmentBlob" (
    "attachmentId" TEXT NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "AttachmentBlob_pkey" PRIMARY KEY ("attachmentId")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "seq" BIGINT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "proposalId" TEXT,
    "unitId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "meta" JSONB,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "params" JSONB,
    "proposalId" TEXT,
    "href" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProposalCounter_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_path_key" ON "Unit"("path");

-- CreateIndex
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");

-- CreateIndex
CREATE INDEX "Unit_path_prefix_idx" ON "Unit"("path" text_pattern_ops);

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_unitId_role_idx" ON "Membership"("unitId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_unitId_role_key" ON "Membership"("userId", "unitId", "role");

-- CreateIndex
CREATE INDEX "LoginAttempt_username_createdAt_idx" ON "LoginAttempt"("username", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RegulationProfile_code_key" ON "RegulationProfile"("code");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarDay_date_key" ON "CalendarDay"("date");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_code_key" ON "Proposal"("code");

-- CreateIndex
CREATE INDEX "Proposal_unitPath_status_idx" ON "Proposal"("unitPath" text_pattern_ops, "status");

-- CreateIndex
CREATE INDEX "Proposal_decidingUnitId_status_submittedAt_idx" ON "Proposal"("decidingUnitId", "status", "submittedAt");

-- CreateIndex
CREATE INDEX "Proposal_authorId_updatedAt_id_idx" ON "Proposal"("authorId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Proposal_status_createdAt_idx" ON "Proposal"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ProposalCoAuthor_userId_idx" ON "ProposalCoAuthor"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalRevision_proposalId_number_key" ON "ProposalRevision"("proposalId", "number");

-- CreateIndex
CREATE INDEX "Review_proposalId_idx" ON "Review"("proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewFinding_reviewId_condition_key" ON "ReviewFinding"("reviewId", "condition");

-- CreateIndex
CREATE INDEX "PartyOpinion_proposalId_stage_idx" ON "PartyOpinion"("proposalId", "stage");

-- CreateIndex
CREATE INDEX "Meeting_proposalId_idx" ON "Meeting"("proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "Vote_meetingId_voterId_key" ON "Vote"("meetingId", "voterId");

-- CreateIndex
CREATE INDEX "Decision_proposalId_idx" ON "Decision"("proposalId");

-- CreateIndex
CREATE INDEX "Decision_kind_createdAt_idx" ON "Decision"("kind", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Pilot_proposalId_key" ON "Pilot"("proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "Pilot_decisionId_key" ON "Pilot"("decisionId");

-- CreateIndex
CREATE INDEX "Pilot_monitorId_idx" ON "Pilot"("monitorId");

-- CreateIndex
CREATE INDEX "Milestone_pilotId_dueDate_idx" ON "Milestone"("pilotId", "dueDate");

-- CreateIndex
CREATE INDEX "Kpi_pilotId_idx" ON "Kpi"("pilotId");

-- CreateIndex
CREATE INDEX "ProgressReport_pilotId_periodEnd_idx" ON "ProgressReport"("pilotId", "periodEnd");

-- CreateIndex
CREATE UNIQUE INDEX "KpiMeasurement_progressReportId_kpiId_key" ON "KpiMeasurement"("progressReportId", "kpiId");

-- CreateIndex
CREATE INDEX "MonitoringNote_pilotId_createdAt_idx" ON "MonitoringNote"("pilotId", "createdAt");

-- CreateIndex
CREATE INDEX "Directive_pilotId_issuedAt_idx" ON "Directive"("pilotId", "issuedAt");

-- CreateIndex
CREATE INDEX "ResultReport_proposalId_idx" ON "ResultReport"("proposalId");

-- CreateIndex
CREATE INDEX "Evaluation_proposalId_idx" ON "Evaluation"("proposalId");

-- CreateIndex
CREATE INDEX "Evaluation_conclusion_decidedOn_idx" ON "Evaluation"("conclusion", "decidedOn");

-- CreateIndex
CREATE INDEX "Recognition_proposalId_idx" ON "Recognition"("proposalId");

-- CreateIndex
CREATE INDEX "Recognition_kind_decidedOn_idx" ON "Recognition"("kind", "decidedOn");

-- CreateIndex
CREATE INDEX "Replication_sourceProposalId_idx" ON "Replication"("sourceProposalId");

-- CreateIndex
CREATE INDEX "Replication_targetUnitId_adoptedOn_idx" ON "Replication"("targetUnitId", "adoptedOn");

-- CreateIndex
CREATE INDEX "Institutionalisation_proposalId_idx" ON "Institutionalisation"("proposalId");

-- CreateIndex
CREATE INDEX "Institutionalisation_recommendedOn_idx" ON "Institutionalisation"("recommendedOn");

-- CreateIndex
CREATE INDEX "Deadline_status_dueOn_idx" ON "Deadline"("status", "dueOn");

-- CreateIndex
CREATE INDEX "Deadline_assigneeId_status_dueOn_idx" ON "Deadline"("assigneeId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "Deadline_unitId_status_dueOn_idx" ON "Deadline"("unitId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "Deadline_proposalId_kind_status_idx" ON "Deadline"("proposalId", "kind", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_proposalId_createdAt_idx" ON "Attachment"("proposalId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_proposalId_seq_idx" ON "AuditEvent"("proposalId", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_targetType_targetId_seq_idx" ON "AuditEvent"("targetType", "targetId", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_seq_idx" ON "AuditEvent"("actorId", "seq");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_regulationProfileId_fkey" FOREIGN KEY ("regulationProfileId") REFERENCES "RegulationProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_decidingUnitId_fkey" FOREIGN KEY ("decidingUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalCoAuthor" ADD CONSTRAINT "ProposalCoAuthor_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalCoAuthor" ADD CONSTRAINT "ProposalCoAuthor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalRevision" ADD CONSTRAINT "ProposalRevision_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalRevision" ADD CONSTRAINT "ProposalRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ProposalRevision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewFinding" ADD CONSTRAINT "ReviewFinding_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyOpinion" ADD CONSTRAINT "PartyOpinion_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingMember" ADD CONSTRAINT "MeetingMember_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_voterId_fkey" FOREIGN KEY ("voterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ProposalRevision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pilot" ADD CONSTRAINT "Pilot_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pilot" ADD CONSTRAINT "Pilot_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiMeasurement" ADD CONSTRAINT "KpiMeasurement_progressReportId_fkey" FOREIGN KEY ("progressReportId") REFERENCES "ProgressReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiMeasurement" ADD CONSTRAINT "KpiMeasurement_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringNote" ADD CONSTRAINT "MonitoringNote_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Directive" ADD CONSTRAINT "Directive_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultReport" ADD CONSTRAINT "ResultReport_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_resultReportId_fkey" FOREIGN KEY ("resultReportId") REFERENCES "ResultReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recognition" ADD CONSTRAINT "Recognition_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Replication" ADD CONSTRAINT "Replication_sourceProposalId_fkey" FOREIGN KEY ("sourceProposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Replication" ADD CONSTRAINT "Replication_targetUnitId_fkey" FOREIGN KEY ("targetUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Replication" ADD CONSTRAINT "Replication_newProposalId_fkey" FOREIGN KEY ("newProposalId") REFERENCES "Proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Institutionalisation" ADD CONSTRAINT "Institutionalisation_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deadline" ADD CONSTRAINT "Deadline_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deadline" ADD CONSTRAINT "Deadline_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deadline" ADD CONSTRAINT "Deadline_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttachmentBlob" ADD CONSTRAINT "AttachmentBlob_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
