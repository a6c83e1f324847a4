-- AlterTable
ALTER TABLE "Proposal" ALTER COLUMN "code" DROP NOT NULL;
