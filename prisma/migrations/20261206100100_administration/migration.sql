-- CreateEnum
CREATE TYPE "DocumentRegisterKind" AS ENUM ('DECISION', 'EVALUATION');

-- AlterTable
-- ("governingBodyName" comes with the decision stage's migration.)
ALTER TABLE "Unit" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "addressLine" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "authVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "notificationPrefs" JSONB;

-- CreateTable
CREATE TABLE "RegulationProfileVersion" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "rules" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegulationProfileVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentRegister" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "DocumentRegisterKind" NOT NULL,
    "suffix" TEXT NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentRegister_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentRegisterEntry" (
    "id" TEXT NOT NULL,
    "registerId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "decisionId" TEXT,
    "takenById" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentRegisterEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RegulationProfileVersion_profileId_version_key" ON "RegulationProfileVersion"("profileId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRegister_unitId_year_kind_key" ON "DocumentRegister"("unitId", "year", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRegisterEntry_decisionId_key" ON "DocumentRegisterEntry"("decisionId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRegisterEntry_registerId_number_key" ON "DocumentRegisterEntry"("registerId", "number");

-- AddForeignKey
ALTER TABLE "RegulationProfileVersion" ADD CONSTRAINT "RegulationProfileVersion_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "RegulationProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRegister" ADD CONSTRAINT "DocumentRegister_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRegisterEntry" ADD CONSTRAINT "DocumentRegisterEntry_registerId_fkey" FOREIGN KEY ("registerId") REFERENCES "DocumentRegister"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
