/**
 * How `npm start` watches its web server: when the server process ends on its own — a crash, or
 * killed by a signal (kill -9, the out-of-memory killer) — the start script stops the job worker
 * and PostgreSQL cleanly and exits non-zero, so a supervisor (systemd, Docker, pm2) restarts the
 * whole app instead of finding a live process with a closed port. Ctrl-C/SIGTERM stop everything
 * with exit 0.
 */
import type { ChildProcess } from "node:child_process";

export type Supervisor = { stop: (code?: number) => Promise<void>; watch: (child: ChildProcess) => void };

export function createSupervisor(opts: { log: (m: string) => void; cleanup: () => Promise<void>; exit?: (code: number) => void }): Supervisor {
  let child: ChildProcess | null = null;
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    opts.log("Đang dừng… (stopping)");
    // A child killed by a signal has exitCode null and signalCode set: it has exited already.
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child?.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    await opts.cleanup().catch(() => {});
    (opts.exit ?? process.exit)(code);
  };
  return {
    stop,
    watch(c) {
      child = c;
      c.once("exit", (code, signal) => {
        if (stopping) return;
        opts.log(`web server exited (${signal ?? code})`);
        void stop(signal ? 1 : code || 1);
      });
    },
  };
}
