/**
 * Demo data: `tsx prisma/seed.ts [--if-empty]`.
 *  - without a flag: seeds an empty database, and refuses (exit 1) when it holds data;
 *  - --if-empty: does nothing when any user exists (what `npm start` runs on every start).
 * Everything is written in one transaction: a failure leaves the database as it was.
 * Dates are relative to now; SEED_NOW (an ISO instant) pretends another "now", e.g. to check the
 * data around a holiday.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "@/server/passwords";
import { DEMO_LOGINS, DEMO_PASSWORD } from "./demo-logins";
import { seedDemo } from "./seed/demo";

async function main(): Promise<number> {
  const ifEmpty = process.argv.includes("--if-empty");
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    console.error("[seed] DATABASE_URL is not set.");
    return 1;
  }
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    const users = await db.user.count();
    if (users > 0 && ifEmpty) {
      console.log(`[seed] Cơ sở dữ liệu đã có dữ liệu (${users} người dùng), bỏ qua dữ liệu mẫu (database not empty, seed skipped).`);
      return 0;
    }
    const [units, proposals] = await Promise.all([db.unit.count(), db.proposal.count()]);
    if (users > 0 || units > 0 || proposals > 0) {
      console.error(
        `[seed] Từ chối: cơ sở dữ liệu đã có dữ liệu (${users} người dùng, ${units} đơn vị, ${proposals} đề xuất). ` +
          "Dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu trống; hãy reset trước (npx tsx scripts/prisma-embedded.ts migrate reset --force). " +
          `(Refusing: the database already holds ${users} users, ${units} units, ${proposals} proposals; demo data goes into an empty database only.)`,
      );
      return 1;
    }

    const now = process.env.SEED_NOW ? new Date(process.env.SEED_NOW) : new Date();
    if (Number.isNaN(now.getTime())) {
      console.error(`[seed] SEED_NOW is not a valid date: ${process.env.SEED_NOW}`);
      return 1;
    }
    const started = Date.now();
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const summary = await db.$transaction((tx) => seedDemo(tx, { now, passwordHash }), {
      timeout: 120_000,
      maxWait: 10_000,
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `[seed] Đã nạp dữ liệu mẫu trong ${seconds} giây (demo data seeded in ${seconds}s): ` +
        `${summary.units} đơn vị, ${summary.users} người dùng, ${summary.proposals} đề xuất, ` +
        `${summary.audits} sự kiện nhật ký, ${summary.notifications} thông báo.`,
    );
    console.log(`[seed] Tài khoản thử (demo log-ins), mật khẩu chung: ${DEMO_PASSWORD} — ${DEMO_LOGINS.map((l) => l.username).join(", ")}`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error("[seed] Lỗi khi nạp dữ liệu mẫu (seeding failed):", e);
    process.exit(1);
  },
);
