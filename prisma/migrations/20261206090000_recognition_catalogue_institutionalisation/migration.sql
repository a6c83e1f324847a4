-- CreateEnum
CREATE TYPE "RecognitionLevel" AS ENUM ('UNIT', 'PROVINCE_MINISTRY', 'STATE');

-- CreateEnum
CREATE TYPE "EffectiveModelStatus" AS ENUM ('PUBLISHED', 'WITHDRAWN');

-- AlterEnum: the statuses of issue 14 (recommended, drafting, issued, declined). Renamed in place
-- so existing recommendations keep their meaning (UNDER_CONSIDERATION → DRAFTING, ADOPTED → ISSUED).
ALTER TYPE "InstitutionalisationStatus" RENAME VALUE 'UNDER_CONSIDERATION' TO 'DRAFTING';
ALTER TYPE "InstitutionalisationStatus" RENAME VALUE 'ADOPTED' TO 'ISSUED';

-- AlterEnum
ALTER TYPE "RecognitionKind" ADD VALUE 'EVALUATION_NOTE';

-- AlterTable
ALTER TABLE "Institutionalisation" ADD COLUMN     "content" TEXT,
ADD COLUMN     "issuedNumber" TEXT,
ADD COLUMN     "issuedOn" DATE,
ADD COLUMN     "recommendedById" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Recognition" ADD COLUMN     "decidingBody" TEXT,
ADD COLUMN     "form" TEXT,
ADD COLUMN     "level" "RecognitionLevel",
ADD COLUMN     "recordedById" TEXT;

-- CreateTable
CREATE TABLE "EffectiveModel" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "unitPath" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "results" JSONB NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactTitle" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "searchText" TEXT NOT NULL,
    "status" "EffectiveModelStatus" NOT NULL DEFAULT 'PUBLISHED',
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "publishedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EffectiveModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EffectiveModelDocument" (
    "modelId" TEXT NOT NULL,
    "attachmentId" TEXT NOT NULL,

    CONSTRAINT "EffectiveModelDocument_pkey" PRIMARY KEY ("modelId","attachmentId")
);

-- CreateIndex
CREATE UNIQUE INDEX "EffectiveModel_proposalId_key" ON "EffectiveModel"("proposalId");

-- CreateIndex
CREATE INDEX "EffectiveModel_status_publishedAt_id_idx" ON "EffectiveModel"("status", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "EffectiveModel_status_field_publishedAt_idx" ON "EffectiveModel"("status", "field", "publishedAt");

-- CreateIndex
-- text_pattern_ops so `unitPath LIKE 'prefix%'` (a unit's subtree) uses it; see Unit.path in the schema.
CREATE INDEX "EffectiveModel_unitPath_prefix_idx" ON "EffectiveModel"("unitPath" text_pattern_ops);

-- CreateIndex
CREATE INDEX "EffectiveModelDocument_attachmentId_idx" ON "EffectiveModelDocument"("attachmentId");

-- CreateIndex
CREATE INDEX "Institutionalisation_status_recommendedOn_idx" ON "Institutionalisation"("status", "recommendedOn");

-- CreateIndex
CREATE INDEX "Recognition_userId_decidedOn_idx" ON "Recognition"("userId", "decidedOn");

-- CreateIndex
CREATE INDEX "Replication_newProposalId_idx" ON "Replication"("newProposalId");

-- AddForeignKey
ALTER TABLE "EffectiveModel" ADD CONSTRAINT "EffectiveModel_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EffectiveModel" ADD CONSTRAINT "EffectiveModel_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EffectiveModelDocument" ADD CONSTRAINT "EffectiveModelDocument_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "EffectiveModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EffectiveModelDocument" ADD CONSTRAINT "EffectiveModelDocument_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment"("id") ON DELETE CASCADE ON UPDATE CASCADE;


