import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** NEXTAUTH_SECRET from the environment, else one generated once and kept beside the data. */
export function ensureAuthSecret(dir: string): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dir, "auth-secret");
  fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

/** A random password generated once into `dir/name` (mode 600) and read back afterwards. */
export function ensureSecretFile(dir: string, name: string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(24).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}
