/**
 * Storage outside PostgreSQL cannot join the database transaction, so a use-case that touches it
 * registers compensations: undo a write when the transaction fails, or finish a removal only once
 * the transaction has committed. PostgreSQL storage needs neither (it is in the transaction).
 */
export type StorageEffects = {
  /** Runs if the use-case (its transaction included) fails. */
  onRollback: (fn: () => Promise<void>) => void;
  /** Runs once the use-case has committed. */
  afterCommit: (fn: () => Promise<void>) => void;
};

export async function withStorageEffects<R>(run: (effects: StorageEffects) => Promise<R>): Promise<R> {
  const rollback: (() => Promise<void>)[] = [];
  const commit: (() => Promise<void>)[] = [];
  let result: R;
  try {
    result = await run({ onRollback: (fn) => rollback.push(fn), afterCommit: (fn) => commit.push(fn) });
  } catch (e) {
    await settle(rollback, "rollback");
    throw e;
  }
  await settle(commit, "after commit");
  return result;
}

// A failed compensation leaves an orphaned object in the bucket: wasted space, never a row that
// points at nothing, so it is logged and the user's outcome stands.
async function settle(tasks: (() => Promise<void>)[], phase: string) {
  for (const task of tasks) {
    await task().catch((e) => console.error(`[attachments] storage ${phase} failed`, e));
  }
}
