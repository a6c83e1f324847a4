-- CreateEnum
CREATE TYPE "CoAuthorStatus" AS ENUM ('INVITED', 'ACCEPTED', 'DECLINED');

-- DropIndex
DROP INDEX "LoginAttempt_username_createdAt_idx";

-- DropIndex
DROP INDEX "ProposalCoAuthor_userId_idx";

-- AlterTable
-- Earlier attempts are kept, keyed by what was typed (they expire from throttling within minutes).
ALTER TABLE "LoginAttempt" ADD COLUMN     "account" VARCHAR(200) NOT NULL DEFAULT '',
ALTER COLUMN "username" SET DATA TYPE VARCHAR(200) USING left("username", 200),
ALTER COLUMN "ip" SET DATA TYPE VARCHAR(64) USING left("ip", 64);
UPDATE "LoginAttempt" SET "account" = "username";
ALTER TABLE "LoginAttempt" ALTER COLUMN "account" DROP DEFAULT;

-- AlterTable
ALTER TABLE "ProposalCoAuthor" ADD COLUMN     "headApprovedAt" TIMESTAMP(3),
ADD COLUMN     "headApprovedById" TEXT,
ADD COLUMN     "invitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "outsideUnit" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "respondedAt" TIMESTAMP(3),
ADD COLUMN     "status" "CoAuthorStatus" NOT NULL DEFAULT 'INVITED';
-- Co-authors recorded before invitations existed were named on plans already decided on: kept.
UPDATE "ProposalCoAuthor" SET "status" = 'ACCEPTED', "respondedAt" = "invitedAt";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "loginResetAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UserSession_userId_revokedAt_idx" ON "UserSession"("userId", "revokedAt");

-- CreateIndex
CREATE INDEX "UserSession_expiresAt_idx" ON "UserSession"("expiresAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_account_ip_createdAt_idx" ON "LoginAttempt"("account", "ip", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_account_createdAt_idx" ON "LoginAttempt"("account", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_createdAt_idx" ON "LoginAttempt"("createdAt");

-- CreateIndex
CREATE INDEX "ProposalCoAuthor_userId_status_idx" ON "ProposalCoAuthor"("userId", "status");

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Sessions end when the account is deactivated or its roles change, whichever code path (admin
-- screen, script, SQL) makes the change: the next request of that session is signed out.
CREATE FUNCTION revoke_user_sessions(uid TEXT) RETURNS void AS $$
  UPDATE "UserSession" SET "revokedAt" = now() WHERE "userId" = uid AND "revokedAt" IS NULL;
$$ LANGUAGE sql;

CREATE FUNCTION user_session_end_on_deactivate() RETURNS trigger AS $$
BEGIN
  IF OLD."active" AND NOT NEW."active" OR OLD."passwordHash" IS DISTINCT FROM NEW."passwordHash" THEN
    PERFORM revoke_user_sessions(NEW."id");
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER user_session_end_on_deactivate
  AFTER UPDATE OF "active", "passwordHash" ON "User"
  FOR EACH ROW EXECUTE FUNCTION user_session_end_on_deactivate();

CREATE FUNCTION user_session_end_on_role_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM revoke_user_sessions(OLD."userId");
    RETURN OLD;
  END IF;
  PERFORM revoke_user_sessions(NEW."userId");
  IF TG_OP = 'UPDATE' AND OLD."userId" <> NEW."userId" THEN
    PERFORM revoke_user_sessions(OLD."userId");
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER user_session_end_on_role_change
  AFTER INSERT OR UPDATE OR DELETE ON "Membership"
  FOR EACH ROW EXECUTE FUNCTION user_session_end_on_role_change();
