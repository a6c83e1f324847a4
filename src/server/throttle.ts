/**
 * Sign-in throttling recorded in PostgreSQL (LoginAttempt), so it survives restarts and holds
 * across several app instances (ASVS 5.0 V6.3):
 *  - per account AND address: a few failures lock that pair for the window — someone guessing a
 *    password from one place cannot lock the real user out from another;
 *  - per account, from anywhere: a slower, larger limit over a longer window (distributed guessing);
 *  - per address: many failures over any names (password spraying).
 * An account is the user whatever name (username or e-mail) was typed; an unknown name is its
 * own "account". Check and record are one step under transaction-scoped advisory locks, so
 * parallel attempts queue and each sees the ones before it. A success clears the pair's and the
 * account's earlier failures; an administrator's unlock (unlockAccount) clears the account's.
 */
import { MAX_ADDRESS_LENGTH } from "./http/client-ip";
import { db } from "./db";

const num = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

export const THROTTLE = {
  windowMinutes: num("LOGIN_WINDOW_MINUTES", 15),
  /** Failures for one account from one address within the window. */
  maxPerAccount: num("LOGIN_MAX_FAILURES_PER_ACCOUNT", 5),
  /** Failures from one address (any names) within the window. */
  maxPerAddress: num("LOGIN_MAX_FAILURES_PER_ADDRESS", 20),
  /** Failures for one account from every address within the longer window. */
  accountWindowMinutes: num("LOGIN_ACCOUNT_WINDOW_MINUTES", 60),
  maxPerAccountGlobal: num("LOGIN_MAX_FAILURES_PER_ACCOUNT_GLOBAL", 50),
  /** LoginAttempt rows older than this are purged by the job worker. */
  keepDays: num("LOGIN_ATTEMPT_KEEP_DAYS", 30),
};

export type AttemptKey = { account: string; username: string; ip: string };

export function boundedKey(key: AttemptKey): AttemptKey {
  return { account: key.account.slice(0, 200), username: key.username.slice(0, 200), ip: key.ip.slice(0, MAX_ADDRESS_LENGTH) };
}

type Counts = { pair: number; account: number; address: number };

async function counts(
  q: (sql: TemplateStringsArray, ...values: unknown[]) => Promise<Counts[]>,
  key: AttemptKey,
  now: Date,
): Promise<Counts> {
  // Timestamps are stored as UTC without a zone; compare in UTC whatever the session's TimeZone.
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000).toISOString();
  const accountSince = new Date(now.getTime() - THROTTLE.accountWindowMinutes * 60_000).toISOString();
  // Failures after the last success of the pair / of the account, and after an admin's unlock.
  const rows = await q`
    with reset as (
      select greatest(
        coalesce((select max("createdAt") from "LoginAttempt" where account = ${key.account} and success), '-infinity'),
        coalesce((select "loginResetAt" from "User" where id = ${key.account}), '-infinity')
      ) as at
    )
    select
      (select count(*) from "LoginAttempt", reset where account = ${key.account} and ip = ${key.ip} and not success
         and "createdAt" >= (${since}::timestamptz at time zone 'UTC') and "createdAt" > reset.at)::int as pair,
      (select count(*) from "LoginAttempt", reset where account = ${key.account} and not success
         and "createdAt" >= (${accountSince}::timestamptz at time zone 'UTC') and "createdAt" > reset.at)::int as account,
      (select count(*) from "LoginAttempt" where ip = ${key.ip} and not success and "createdAt" >= (${since}::timestamptz at time zone 'UTC'))::int as address`;
  return rows[0];
}

function over(c: Counts): boolean {
  return c.pair >= THROTTLE.maxPerAccount || c.account >= THROTTLE.maxPerAccountGlobal || c.address >= THROTTLE.maxPerAddress;
}

/**
 * Atomically: refuses when a limit is reached, otherwise records this attempt as a failure and
 * returns its id (turned into a success by `recordSuccess` once the password checked out). The
 * pessimistic record is what makes 40 parallel guesses count as 40.
 */
export async function beginAttempt(rawKey: AttemptKey, now = new Date()): Promise<{ throttled: true } | { throttled: false; attemptId: string }> {
  const key = boundedKey(rawKey);
  return db.$transaction(async (tx) => {
    // Always in this order (account, then address), so two attempts never wait on each other.
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext('login-account'), hashtext(${key.account}))`;
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext('login-address'), hashtext(${key.ip}))`;
    const c = await counts((sql, ...v) => tx.$queryRaw<Counts[]>(sql, ...v), key, now);
    if (over(c)) return { throttled: true as const };
    const row = await tx.loginAttempt.create({ data: { ...key, success: false, createdAt: now }, select: { id: true } });
    return { throttled: false as const, attemptId: row.id };
    // A burst of attempts on one account queues on the lock: waiting is the throttle working.
  }, { maxWait: 15_000, timeout: 20_000 });
}

export async function recordSuccess(attemptId: string): Promise<void> {
  await db.loginAttempt.update({ where: { id: attemptId }, data: { success: true } });
}

/** Read-only: would the next attempt of this key be refused? */
export async function isThrottled(rawKey: AttemptKey, now = new Date()): Promise<boolean> {
  const key = boundedKey(rawKey);
  return over(await counts((sql, ...v) => db.$queryRaw<Counts[]>(sql, ...v), key, now));
}

/** Deletes attempts older than THROTTLE.keepDays (job worker, daily). */
export async function purgeLoginAttempts(now = new Date()): Promise<number> {
  const keepMinutes = Math.max(THROTTLE.keepDays * 24 * 60, THROTTLE.accountWindowMinutes, THROTTLE.windowMinutes);
  const { count } = await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - keepMinutes * 60_000) } } });
  return count;
}
