#!/usr/bin/env node
/*
 * Offline stand-in for Prisma's native `schema-engine` binary.
 *
 * WHY: the Prisma 7 CLI needs a native `schema-engine` executable that it
 * downloads from binaries.prisma.sh; without network access every prisma
 * command fails. The CLI runs whatever executable PRISMA_SCHEMA_ENGINE_BINARY
 * names (prisma.config.ts sets it to this file when the native engine is
 * absent). This script speaks the native engine's command-line protocol and
 * drives the official schema engine compiled to WebAssembly
 * (@prisma/schema-engine-wasm) over @prisma/adapter-pg (PostgreSQL only).
 *
 * Protocol (as used by prisma 7.10):
 *   <bin> --version
 *       -> one line on stdout.
 *   <bin> --datasource '<json {url, shadowDatabaseUrl?}>' cli <command>
 *       one-shot commands: can-connect-to-database, create-database,
 *       drop-database. Errors: JSON log lines on stderr
 *       ({level:"ERROR", target:"schema_engine::logger", fields:{message, error_code}})
 *       and exit code 1. The CLI drops the first stderr line and JSON-parses
 *       every other one, so nothing but JSON may ever reach stderr.
 *   <bin> [--datamodels <schema path>]... [--datasource '<json>']
 *       JSON-RPC 2.0 server: one JSON message per line on stdin/stdout. Each
 *       request's `method` is a method of the wasm `SchemaEngine` (except
 *       `getDatabaseVersion` -> `version`). Errors go back as
 *       {code: 4466, data: {is_panic, message, error_code, meta}}.
 *
 * Traps handled here (each one was hit in practice):
 *   (1) adapter-pg rejects catalog column types that the engine's
 *       introspection queries return ("char" OID 18 on PostgreSQL 18, also
 *       regproc, oidvector, int2vector, name[], aclitem[] ...) with
 *       "Unsupported column type". We rewrite those OIDs to text / text[] in
 *       the row description, before pg picks a parser (CatalogSafeClient).
 *       "char" columns are then reported to the engine as Character (what the
 *       native engine produces): its describer reads e.g. pg_constraint.contype
 *       with get_expect_char() and panics on a Text value (PostgreSQL 18 lists
 *       NOT NULL constraints there, so any existing table triggers it).
 *   (2) adapter-pg's own connectToShadowDb() drops the temporary database
 *       before closing its pool ("database ... is being accessed by other
 *       users"), and its `{...config, database}` is overridden by the
 *       connectionString anyway. We create the shadow database ourselves and,
 *       on dispose, end its pool FIRST and then `DROP DATABASE ... WITH (FORCE)`.
 *   (3) On a fresh database `migrate dev` fails with "PostgreSQL shadow DB must
 *       be provided through an external factory": createMigration and
 *       evaluateDataLoss only read the engine's migration-schema cache, which
 *       diagnoseMigrationHistory fills. We call diagnoseMigrationHistory
 *       (optInToShadowDatabase: true) once and retry.
 *   (4) The wasm `diff` returns the script in `stdout`, but the CLI expects the
 *       native behaviour: a JSON-RPC `print` request (which it answers) sent
 *       BEFORE the response. We send it and wait for the answer.
 *   Also:
 *   - adapter-pg's executeScript() splits scripts on every ";" (breaks `$$`
 *     function bodies and string defaults containing ";"); like the native
 *     engine we send the whole script as one simple query.
 *   - The wasm engine probes the server when it starts; `migrate diff` between
 *     schema files / empty must not need a database (native does not), so
 *     that case falls back to an engine whose adapter only answers the probe.
 *   - Errors raised while the engine starts carry no P-code: we probe with pg
 *     to report P1000/P1001/P1003 like the native engine.
 *   - A Rust panic inside an async task surfaces as an uncaught
 *     WebAssembly.RuntimeError: it is routed to the request in flight.
 *
 * Debug: DEBUG="prisma:schemaEngine*" npx prisma ... shows this script's
 * stderr; SCHEMA_ENGINE_STANDIN_DEBUG=1 adds panic / raw error details.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const readline = require('node:readline');
const { createRequire } = require('node:module');
const { pathToFileURL } = require('node:url');

// ---------------------------------------------------------------------------
// stderr discipline: the CLI JSON-parses our stderr lines (cli mode) and keeps
// the last ERROR line for crash reports (server mode). Node's own warnings
// (e.g. pg's sslmode notice) must therefore also be JSON lines.
// ---------------------------------------------------------------------------
function log(level, message, extra = {}, target = 'schema_engine') {
  const line = JSON.stringify({
    timestamp: new Date().toISOString(),
    level,
    fields: { message: String(message), ...extra },
    target,
  });
  try {
    process.stderr.write(line + '\n');
  } catch {
    /* stderr closed: nothing to do */
  }
}
process.removeAllListeners('warning');
process.on('warning', (w) => log('WARN', `${w.name}: ${w.message}`));

// ---------------------------------------------------------------------------
// Module resolution: relative to this file (prisma/engine/ inside the
// project), falling back to the working directory (the CLI spawns us with
// cwd = project root).
// ---------------------------------------------------------------------------
const requireCandidates = [
  require,
  createRequire(path.join(process.cwd(), 'package.json')),
];
function resolveFrom(id) {
  let lastError;
  for (const req of requireCandidates) {
    try {
      return { req, resolved: req.resolve(id) };
    } catch (e) {
      lastError = e;
    }
  }
  throw lastError;
}
function load(id) {
  const { req, resolved } = resolveFrom(id);
  return req(resolved);
}

function wasmPackageDir() {
  // The package's `exports` hide package.json; resolve its entry instead.
  return path.dirname(resolveFrom('@prisma/schema-engine-wasm').resolved);
}

function wasmPackageVersion() {
  const pkg = JSON.parse(fs.readFileSync(path.join(wasmPackageDir(), 'package.json'), 'utf8'));
  return pkg.version; // e.g. 8.1.0-2.<engines git hash>
}

// ---------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------
function parseArgs(argv) {
  const out = { datamodels: [], datasource: undefined, version: false, help: false, cli: null, previewFeatures: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const inlineValue = a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : undefined;
    const value = () => (inlineValue !== undefined ? inlineValue : argv[++i]);
    switch (name) {
      case '--version':
      case '-V':
        out.version = true;
        break;
      case '--help':
      case '-h':
        out.help = true;
        break;
      case '--datamodels':
      case '-d':
        out.datamodels.push(value());
        break;
      case '--datasource':
        out.datasource = JSON.parse(value());
        break;
      case '--enabled-preview-features':
        out.previewFeatures.push(...String(value()).split(',').filter(Boolean));
        break;
      case '--extension-types':
        value(); // accepted for compatibility; the wasm engine takes no such option
        break;
      case 'cli':
        out.cli = argv[++i];
        break;
      default:
        throw new Error(`Unknown argument: ${a}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Connection strings
// ---------------------------------------------------------------------------
// Query parameters that Prisma understands but node-postgres does not.
const PRISMA_ONLY_PARAMS = [
  'schema',
  'connection_limit',
  'pool_timeout',
  'pgbouncer',
  'statement_cache_size',
  'socket_timeout',
  'connect_timeout',
  'single_use_connections',
];

/** Split a Prisma PostgreSQL URL into what pg needs and the Prisma `schema`. */
function parsePgUrl(rawUrl) {
  if (typeof rawUrl !== 'string' || rawUrl.length === 0) {
    throw new UserFacingError('The datasource URL is empty. Set `datasource.url` in prisma.config.ts (e.g. from DATABASE_URL).');
  }
  let u;
  try {
    u = new URL(rawUrl);
  } catch {
    throw new UserFacingError('The provided database string is invalid. The scheme is not recognized in database URL.', 'P1013');
  }
  if (u.protocol !== 'postgresql:' && u.protocol !== 'postgres:') {
    throw new UserFacingError(
      `This offline schema-engine stand-in only supports PostgreSQL URLs (postgresql://...), got \`${u.protocol}\`.`,
    );
  }
  const schema = u.searchParams.get('schema') || undefined;
  const connectTimeout = u.searchParams.get('connect_timeout');
  for (const p of PRISMA_ONLY_PARAMS) u.searchParams.delete(p);
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres';
  const host = u.searchParams.get('host') || decodeURIComponent(u.hostname) || 'localhost';
  const port = u.port || '5432';
  const user = decodeURIComponent(u.username) || undefined;
  return {
    connectionString: u.toString(),
    schema,
    database,
    host,
    port,
    user,
    connectTimeoutMs: connectTimeout && Number(connectTimeout) > 0 ? Number(connectTimeout) * 1000 : undefined,
    withDatabase(name) {
      const v = new URL(u.toString());
      v.pathname = '/' + encodeURIComponent(name);
      return v.toString();
    },
  };
}

function quoteIdent(name) {
  return '"' + String(name).replace(/"/g, '""') + '"';
}

class UserFacingError extends Error {
  constructor(message, code, meta) {
    super(message);
    this.code = code;
    this.meta = meta;
  }
}

/** Map a pg / socket error to the native engine's user-facing error codes. */
function toUserFacing(err, info) {
  if (err instanceof UserFacingError) return err;
  const where = info ? `${info.host}:${info.port}` : 'the database server';
  switch (err && err.code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EAI_AGAIN':
      return new UserFacingError(
        `Can't reach database server at \`${where}\`\n\nPlease make sure your database server is running at \`${where}\`.`,
        'P1001',
        info && { database_host: info.host, database_port: info.port },
      );
    case 'ETIMEDOUT':
      return new UserFacingError(
        `Timed out trying to connect to the database server at \`${where}\`.`,
        'P1002',
        info && { database_host: info.host, database_port: info.port },
      );
    case '3D000':
      return new UserFacingError(
        `Database \`${info ? info.database : '?'}\` does not exist on the database server at \`${where}\`.`,
        'P1003',
        info && { database_name: info.database, database_host: info.host, database_port: info.port },
      );
    case '28P01':
    case '28000':
      return new UserFacingError(
        `Authentication failed against database server at \`${info ? info.host : '?'}\`, the provided database credentials for \`${info && info.user ? info.user : '(not available)'}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${info ? info.host : '?'}\`.`,
        'P1000',
        info && { database_user: info.user, database_host: info.host },
      );
    case '42501':
      return new UserFacingError(
        `User \`${info && info.user ? info.user : '?'}\` was denied access on the database \`${info ? info.database : '?'}\``,
        'P1010',
        info && { database_user: info.user, database_name: info.database },
      );
    case '42P04':
      return new UserFacingError(
        `Database \`${info ? info.database : '?'}\` already exists on the database server at \`${where}\``,
        'P1009',
        info && { database_name: info.database, database_host: info.host, database_port: info.port },
      );
    default:
      return new UserFacingError(err && err.message ? err.message : String(err));
  }
}

// ---------------------------------------------------------------------------
// node-postgres with catalog-safe column types (trap 1)
// ---------------------------------------------------------------------------
let pgModule;
let CatalogSafeClient;
function pg() {
  if (pgModule) return pgModule;
  pgModule = load('pg');
  // OIDs that @prisma/adapter-pg 7.x maps itself (fieldToColumnType). Every
  // other built-in OID (< 16384) makes it throw "Unsupported column type".
  const SUPPORTED = new Set([
    16, 17, 19, 20, 21, 23, 25, 26, 114, 142, 650, 700, 701, 790, 869, 1042, 1043, 1082, 1083, 1114, 1184,
    1266, 1560, 1562, 1700, 2950, 3802,
    // arrays
    143, 199, 651, 791, 1000, 1001, 1002, 1005, 1007, 1009, 1014, 1015, 1016, 1021, 1022, 1028, 1041, 1115,
    1182, 1183, 1185, 1231, 1561, 1563, 2951, 3807,
  ]);
  // Built-in array types (pg_type.typcategory = 'A'; int2vector 22 and
  // oidvector 30 excluded: their text form is space separated, not {..}).
  const BUILTIN_ARRAYS = new Set([
    210, 270, 271, 272, 273, 629, 719, 775, 1003, 1006, 1008, 1010, 1011, 1012, 1013, 1017, 1018, 1019, 1020,
    1027, 1034, 1040, 1187, 1263, 1270, 2201, 2207, 2208, 2209, 2210, 2211, 2949, 3221, 3643, 3644, 3645, 3735,
    3770, 3905, 3907, 3909, 3911, 3913, 3927, 4073, 4090, 4097, 4192, 5039, 6150, 6151, 6152, 6153, 6155, 6157,
  ]);
  const TEXT = 25;
  const TEXT_ARRAY = 1009;
  const FIRST_NORMAL_OBJECT_ID = 16384; // user types (enums...): adapter-pg treats them as text
  const reported = new Set();
  const remap = (oid) => {
    if (oid >= FIRST_NORMAL_OBJECT_ID || SUPPORTED.has(oid)) return oid;
    const to = BUILTIN_ARRAYS.has(oid) ? TEXT_ARRAY : TEXT;
    if (!reported.has(oid)) {
      reported.add(oid);
      log('DEBUG', `column type OID ${oid} read as ${to === TEXT ? 'text' : 'text[]'}${oid === 18 ? ' (reported as Character)' : ''}`);
    }
    return to;
  };
  if (typeof pgModule.Client.prototype._handleRowDescription !== 'function') {
    log('WARN', 'pg.Client#_handleRowDescription not found: catalog column types are not remapped');
  }
  CatalogSafeClient = class CatalogSafeClient extends pgModule.Client {
    // Runs before the Result picks its type parsers, so the remapped OID
    // selects the text / text[] parser and adapter-pg sees a supported type.
    _handleRowDescription(msg) {
      if (msg && Array.isArray(msg.fields)) {
        for (const field of msg.fields) {
          const to = remap(field.dataTypeID);
          if (to !== field.dataTypeID) {
            field.originalDataTypeID = field.dataTypeID;
            field.dataTypeID = to;
          }
        }
      }
      return super._handleRowDescription(msg);
    }
  };
  return pgModule;
}

function pgConfig(info, extra = {}) {
  const cfg = { connectionString: info.connectionString, ...extra };
  if (info.connectTimeoutMs) cfg.connectionTimeoutMillis = info.connectTimeoutMs;
  // Like the native engine, run unqualified SQL (migration scripts) in the
  // `?schema=` schema.
  if (info.schema) cfg.options = `-c search_path=${quoteIdent(info.schema)}`;
  return cfg;
}

/** A short-lived plain connection, for admin statements. */
async function withClient(info, fn) {
  const client = new (pg().Client)(pgConfig(info));
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

// ---------------------------------------------------------------------------
// Driver adapter factory handed to the wasm engine
// ---------------------------------------------------------------------------
const pendingCleanups = new Set(); // shadow-database drops still running
function track(promise) {
  const p = Promise.resolve(promise)
    .catch((e) => log('WARN', `cleanup failed: ${e && e.message}`))
    .finally(() => pendingCleanups.delete(p));
  pendingCleanups.add(p);
  return p;
}
async function settleCleanups(timeoutMs = 15000) {
  if (pendingCleanups.size === 0) return;
  await Promise.race([
    Promise.allSettled([...pendingCleanups]),
    new Promise((r) => setTimeout(r, timeoutMs).unref()),
  ]);
}

const openAdapters = new Set();

const PG_CHAR_OID = 18; // the one-byte "char" type
const COLUMN_TYPE_CHARACTER = 6; // ColumnTypeEnum.Character (driver-adapter-utils)
const CHAR_COLUMNS = Symbol('charColumns');

/**
 * Report "char" columns as Character instead of Text (trap 1). adapter-pg's
 * queryRaw() returns the very `rows` array that performIO() produced, so the
 * column indexes travel on that array.
 */
function patchQueryable(queryable) {
  const performIO = queryable.performIO;
  const queryRaw = queryable.queryRaw;
  queryable.performIO = async function patchedPerformIO(query) {
    const result = await performIO.call(this, query);
    if (result && Array.isArray(result.fields) && Array.isArray(result.rows)) {
      const charColumns = [];
      result.fields.forEach((f, i) => {
        if (f.originalDataTypeID === PG_CHAR_OID) charColumns.push(i);
      });
      if (charColumns.length) result.rows[CHAR_COLUMNS] = charColumns;
    }
    return result;
  };
  queryable.queryRaw = async function patchedQueryRaw(query) {
    const result = await queryRaw.call(this, query);
    const charColumns = result && result.rows && result.rows[CHAR_COLUMNS];
    if (charColumns) for (const i of charColumns) result.columnTypes[i] = COLUMN_TYPE_CHARACTER;
    return result;
  };
  return queryable;
}

async function disposeAll() {
  await settleCleanups();
  await Promise.race([
    Promise.allSettled([...openAdapters].map((a) => a.dispose())),
    new Promise((r) => setTimeout(r, 15000).unref()),
  ]);
  await settleCleanups();
}

async function makeAdapter(info, { afterDispose } = {}) {
  const { PrismaPg } = load('@prisma/adapter-pg');
  const pool = new (pg().Pool)(pgConfig(info, { Client: CatalogSafeClient }));
  const factory = new PrismaPg(pool, { schema: info.schema, disposeExternalPool: true });
  const adapter = patchQueryable(await factory.connect());
  const startTransaction = adapter.startTransaction;
  adapter.startTransaction = async function patchedStartTransaction(...args) {
    return patchQueryable(await startTransaction.apply(this, args));
  };

  // Whole script as one simple query (multi-statement, like the native
  // engine's raw_cmd) instead of adapter-pg's naive split on ";".
  adapter.executeScript = async function executeScript(script) {
    try {
      await pool.query(script);
    } catch (error) {
      this.onError(error); // throws a DriverAdapterError the engine understands
    }
  };

  const originalDispose = adapter.dispose.bind(adapter);
  let disposed;
  adapter.dispose = function dispose() {
    if (!disposed) {
      openAdapters.delete(adapter);
      // Close the pool first, and only then drop the database it used (trap 2).
      disposed = track(
        (async () => {
          await originalDispose();
          if (afterDispose) await afterDispose();
        })(),
      );
    }
    return disposed;
  };
  openAdapters.add(adapter);
  return adapter;
}

class PgMigrationAwareFactory {
  constructor(datasource) {
    this.provider = 'postgres';
    this.adapterName = '@prisma/adapter-pg';
    this.datasource = datasource || {};
  }

  get main() {
    if (!this._main) this._main = parsePgUrl(this.datasource.url);
    return this._main;
  }

  async connect() {
    return makeAdapter(this.main);
  }

  async connectToShadowDb() {
    const main = this.main;
    if (this.datasource.shadowDatabaseUrl) {
      const shadow = parsePgUrl(this.datasource.shadowDatabaseUrl);
      if (shadow.host === main.host && shadow.port === main.port && shadow.database === main.database) {
        throw new UserFacingError(
          'The shadow database you configured appears to be the same as the main database. Please specify another shadow database.',
        );
      }
      // Like the native engine: a configured shadow database is reset first.
      const schema = shadow.schema || 'public';
      await withClient(shadow, (c) =>
        c.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE; CREATE SCHEMA ${quoteIdent(schema)};`),
      );
      return makeAdapter(shadow);
    }

    // Temporary shadow database on the main server (trap 2).
    const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
    try {
      await withClient(main, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
    } catch (e) {
      throw new UserFacingError(
        'Prisma Migrate could not create the shadow database. Please make sure the database user has permission to create databases. Read more about the shadow database (and workarounds) at https://pris.ly/d/migrate-shadow\n\n' +
          `Original error: ${(e && e.message) || e}`,
        'P3014',
      );
    }
    log('INFO', `created shadow database ${name}`);
    const shadow = parsePgUrl(main.withDatabase(name));
    shadow.schema = main.schema;
    const drop = async () => {
      await withClient(main, async (c) => {
        try {
          await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
        } catch (e) {
          if (e && e.code === '42601') {
            // PostgreSQL < 13 has no WITH (FORCE); the pool is closed already.
            await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
          } else {
            throw e;
          }
        }
      });
      log('INFO', `dropped shadow database ${name}`);
    };
    try {
      if (shadow.schema && shadow.schema !== 'public') {
        await withClient(shadow, (c) => c.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(shadow.schema)}`));
      }
      return await makeAdapter(shadow, { afterDispose: drop });
    } catch (e) {
      await track(drop());
      throw e;
    }
  }
}

// ---------------------------------------------------------------------------
// The wasm engine
// ---------------------------------------------------------------------------
let lastPanicMessage;
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message) {
    lastPanicMessage = message;
    if (process.env.SCHEMA_ENGINE_STANDIN_DEBUG) log('ERROR', 'PANIC: ' + message);
  },
};

let wasmBindings;
function loadWasmBindings() {
  if (!wasmBindings) wasmBindings = instantiateWasm();
  return wasmBindings;
}

async function instantiateWasm() {
  // Instantiate by hand: the package's entry does `import * as wasm from
  // "./schema_engine_bg.wasm"`, which plain Node cannot load.
  const dir = wasmPackageDir();
  const bg = await import(pathToFileURL(path.join(dir, 'schema_engine_bg.js')).href);
  const bytes = fs.readFileSync(path.join(dir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bg;
}

function makeEngineLogger() {
  let buffer = '';
  return (chunk) => {
    buffer += String(chunk);
    let nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl).trim();
      buffer = buffer.slice(nl + 1);
      if (!line) continue;
      try {
        JSON.parse(line);
        process.stderr.write(line + '\n');
      } catch {
        log('INFO', line);
      }
    }
  };
}

async function createEngine(args) {
  const bg = await loadWasmBindings();
  const { bindMigrationAwareSqlAdapterFactory } = load('@prisma/driver-adapter-utils');
  const factory = bindMigrationAwareSqlAdapterFactory(new PgMigrationAwareFactory(args.datasource));
  const datamodels = args.datamodels.length
    ? args.datamodels.map((p) => [p, fs.readFileSync(p, 'utf8')])
    : undefined;
  try {
    const engine = await bg.SchemaEngine.new({ datamodels }, makeEngineLogger(), factory);
    return { engine, factory };
  } catch (e) {
    if (isWasmPanic(e)) throw e;
    const original = unwrapRegistryError(e, factory);
    if (original instanceof UserFacingError) throw original;
    // Errors raised while the engine starts are plain messages without the
    // P1xxx code the CLI shows: probe the server ourselves to get one.
    const info = parsePgUrl(args.datasource && args.datasource.url);
    try {
      await withClient(info, (c) => c.query('SELECT 1'));
    } catch (pgError) {
      throw toUserFacing(pgError, info);
    }
    throw original;
  }
}

/**
 * Engine for `migrate diff` between schema files / empty when the database
 * cannot be used (no URL, server down, database missing): the native engine
 * needs no connection for that, but the wasm engine probes the server once
 * when it starts. This adapter answers only that probe; anything else fails
 * with the original connection error.
 */
async function createOfflineEngine(args, reason) {
  const bg = await loadWasmBindings();
  const { bindMigrationAwareSqlAdapterFactory } = load('@prisma/driver-adapter-utils');
  const schemaName = safe(() => parsePgUrl(args.datasource && args.datasource.url).schema);
  const fail = async () => {
    throw reason;
  };
  const adapter = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    async queryRaw(query) {
      if (/^\s*SELECT EXISTS\(SELECT 1 FROM pg_namespace WHERE nspname = \$1\), version\(\)/i.test(query.sql)) {
        return {
          columnNames: ['exists', 'version', 'numeric_version'],
          columnTypes: [5, 7, 0], // Boolean, Text, Int32
          rows: [[true, 'PostgreSQL 18.0 (no database connection)', 180000]],
        };
      }
      throw reason;
    },
    executeRaw: fail,
    executeScript: fail,
    startTransaction: fail,
    dispose: async () => {},
    getConnectionInfo: () => ({ schemaName, supportsRelationJoins: true }),
  };
  const factory = bindMigrationAwareSqlAdapterFactory({
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: async () => adapter,
    connectToShadowDb: fail,
  });
  const datamodels = args.datamodels.length
    ? args.datamodels.map((p) => [p, fs.readFileSync(p, 'utf8')])
    : undefined;
  const engine = await bg.SchemaEngine.new({ datamodels }, makeEngineLogger(), factory);
  return { engine, factory };
}

function isSchemaOnlyDiff(method, params) {
  const offline = (t) => t && (t.tag === 'empty' || t.tag === 'schemaDatamodel');
  return method === 'diff' && params && offline(params.from) && offline(params.to);
}

function isWasmPanic(e) {
  return e instanceof WebAssembly.RuntimeError || (e && e.name === 'RuntimeError');
}

/** Recover the original JS error if the engine only saw a registry id. */
function unwrapRegistryError(e, factory) {
  try {
    // A JS error (not a DriverAdapterError) reaches the engine as
    // {kind: "GenericJs", id} and comes back as "External error id#<id>".
    const m = e && typeof e.message === 'string' ? e.message.match(/(?:External error id#|GenericJs\D*)(\d+)/) : null;
    const registry = factory && factory.errorRegistry;
    if (m && registry && typeof registry.consumeError === 'function') {
      const found = registry.consumeError(Number(m[1]));
      if (found && found.error) return found.error;
    }
  } catch {
    /* ignore */
  }
  return e;
}

function rpcError(e, factory) {
  if (isWasmPanic(e)) {
    const message = lastPanicMessage || String(e && e.message);
    return {
      code: 4466,
      message: 'An error happened. Check the data field for details.',
      data: { is_panic: true, message, backtrace: (e && e.stack) || '' },
    };
  }
  if (process.env.SCHEMA_ENGINE_STANDIN_DEBUG) log('DEBUG', `raw error: name=${e && e.name} props=${JSON.stringify(e && Object.getOwnPropertyNames(e))} json=${safe(() => JSON.stringify(e))}`);
  let err = unwrapRegistryError(e, factory);
  if (err && !(err instanceof UserFacingError) && typeof err.code === 'string' && !/^P\d{4}$/.test(err.code)) {
    // A raw pg / socket error from our own code (shadow database set-up...).
    err = toUserFacing(err, null);
  }
  const data = {
    is_panic: false,
    message: (err && err.message) || String(err),
  };
  if (err && typeof err.code === 'string' && /^P\d{4}$/.test(err.code)) data.error_code = err.code;
  if (err && err.meta !== undefined) data.meta = err.meta;
  return { code: 4466, message: 'An error happened. Check the data field for details.', data };
}

// ---------------------------------------------------------------------------
// JSON-RPC server
// ---------------------------------------------------------------------------
const NEEDS_SHADOW_CACHE = /shadow DB must be provided through an external factory/i;

async function runServer(args) {
  log('INFO', 'Starting schema engine RPC server (wasm stand-in)', {
    git_hash: safe(() => wasmPackageVersion().split('.').pop()),
  });

  let enginePromise;
  let offlineEnginePromise;
  let poisoned = null; // after a wasm panic the instance must not be used again
  const getEngine = () => {
    if (!enginePromise) {
      enginePromise = createEngine(args);
      enginePromise.catch(() => {});
    }
    return enginePromise;
  };

  const write = (msg) => process.stdout.write(JSON.stringify(msg) + '\n');

  // Requests we send to the CLI (only `print`), awaiting its answer.
  let nextOwnId = 1;
  const awaiting = new Map();
  const requestClient = (method, params) =>
    new Promise((resolve, reject) => {
      const id = `stand-in-${nextOwnId++}`;
      awaiting.set(id, { resolve, reject });
      write({ jsonrpc: '2.0', id, method, params });
    });

  async function call(engine, factory, method, params) {
    switch (method) {
      case 'getDatabaseVersion':
        return engine.version(params ?? null);
      case 'createDatabase':
        return { databaseName: await createDatabaseFromParams(params, args) };
      case 'diff': {
        const result = await engine.diff(params);
        const { stdout, ...rest } = result || {};
        if (stdout) await requestClient('print', { content: stdout }); // trap 4
        return rest;
      }
      case 'createMigration':
      case 'evaluateDataLoss':
        try {
          return await engine[method](params);
        } catch (e) {
          if (isWasmPanic(e) || !NEEDS_SHADOW_CACHE.test(String(e && e.message))) throw e;
          // Trap 3: fill the migration-schema cache through the shadow DB, retry.
          log('INFO', `${method}: running diagnoseMigrationHistory first to provide the shadow database`);
          await engine.diagnoseMigrationHistory({
            migrationsList: params.migrationsList,
            optInToShadowDatabase: true,
            filters: params.filters ?? { externalTables: [], externalEnums: [] },
          });
          return await engine[method](params);
        }
      case 'debugPanic':
        return engine.debugPanic();
      default: {
        if (typeof engine[method] !== 'function' || method === 'free' || method === 'constructor' || method.startsWith('_')) {
          const err = new Error(`Method not found: ${method}`);
          err.rpcCode = -32601;
          throw err;
        }
        return engine[method](params);
      }
    }
  }

  // A Rust panic inside a future the engine polls from a promise callback
  // surfaces as an *uncaught* WebAssembly RuntimeError, not as a rejection of
  // the method's promise: route it to the request in flight.
  let inflight = null;
  process.on('uncaughtException', (err) => {
    if (isWasmPanic(err) && inflight) {
      inflight.reject(err);
      return;
    }
    log('ERROR', (lastPanicMessage && isWasmPanic(err) ? lastPanicMessage : (err && err.stack) || String(err)));
    disposeAll().finally(() => process.exit(101));
  });
  process.on('unhandledRejection', (reason) => {
    log('WARN', `unhandled rejection: ${(reason && reason.stack) || reason}`);
  });

  async function handle(req) {
    const { id, method, params } = req;
    let factory;
    try {
      if (poisoned) throw poisoned;
      let engine;
      if (method !== 'createDatabase') {
        try {
          ({ engine, factory } = await getEngine());
        } catch (e) {
          if (!isSchemaOnlyDiff(method, params) || isWasmPanic(e)) throw e;
          log('INFO', `no usable database connection (${e && e.message}); diffing offline`);
          if (!offlineEnginePromise) offlineEnginePromise = createOfflineEngine(args, e);
          ({ engine, factory } = await offlineEnginePromise);
        }
      }
      const result = await new Promise((resolve, reject) => {
        inflight = { reject };
        call(engine, factory, method, params).then(resolve, reject);
      }).finally(() => {
        inflight = null;
      });
      await settleCleanups(); // shadow databases are dropped before we answer
      write({ jsonrpc: '2.0', id, result: result === undefined ? null : result });
    } catch (e) {
      if (isWasmPanic(e) && !poisoned) {
        poisoned = e;
        // The dead engine will never dispose its connections: drop any
        // temporary shadow database now.
        await disposeAll();
      }
      await settleCleanups();
      if (e && e.rpcCode) {
        write({ jsonrpc: '2.0', id, error: { code: e.rpcCode, message: e.message } });
        return;
      }
      const error = rpcError(e, factory);
      if (error.data.is_panic) log('ERROR', error.data.message, { backtrace: error.data.backtrace });
      write({ jsonrpc: '2.0', id, error });
    }
  }

  let queue = Promise.resolve();
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on('line', (line) => {
    if (!line.trim()) return;
    let msg;
    try {
      msg = JSON.parse(line);
    } catch (e) {
      write({ jsonrpc: '2.0', id: null, error: { code: -32700, message: `Parse error: ${e.message}` } });
      return;
    }
    if (msg && msg.method === undefined && msg.id !== undefined && awaiting.has(msg.id)) {
      const waiter = awaiting.get(msg.id);
      awaiting.delete(msg.id);
      if (msg.error) waiter.reject(new Error(msg.error.message || 'client error'));
      else waiter.resolve(msg.result);
      return;
    }
    if (!msg || typeof msg.method !== 'string') {
      write({ jsonrpc: '2.0', id: msg && msg.id !== undefined ? msg.id : null, error: { code: -32600, message: 'Invalid Request' } });
      return;
    }
    queue = queue.then(() => handle(msg));
  });

  let shuttingDown = false;
  const shutdown = async () => {
    if (shuttingDown) return;
    shuttingDown = true;
    await Promise.race([queue.catch(() => {}), new Promise((r) => setTimeout(r, 15000).unref())]);
    await disposeAll();
    process.exit(0);
  };
  rl.on('close', shutdown);
  // The CLI sends SIGTERM right after closing stdin: finish dropping shadow
  // databases before exiting.
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

// ---------------------------------------------------------------------------
// One-shot `cli` commands
// ---------------------------------------------------------------------------
async function adminDatabaseFor(info, fn) {
  // Like the native engine: run CREATE/DROP DATABASE from the `postgres`
  // database, falling back to `template1`.
  let lastError;
  for (const db of ['postgres', 'template1']) {
    if (db === info.database) continue;
    const admin = parsePgUrl(info.withDatabase(db));
    admin.schema = undefined;
    try {
      return await withClient(admin, fn);
    } catch (e) {
      lastError = e;
      if (!(e && e.code === '3D000')) break;
    }
  }
  throw lastError;
}

async function createDatabase(info) {
  try {
    await adminDatabaseFor(info, (c) => c.query(`CREATE DATABASE ${quoteIdent(info.database)}`));
  } catch (e) {
    throw toUserFacing(e, info);
  }
  if (info.schema && info.schema !== 'public') {
    await withClient(info, (c) => c.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(info.schema)}`)).catch(() => {});
  }
  return info.database;
}

async function createDatabaseFromParams(params, args) {
  let url = args.datasource && args.datasource.url;
  const ds = params && params.datasource;
  if (ds && (ds.tag === 'ConnectionString' || ds.url)) url = ds.url;
  return createDatabase(parsePgUrl(url));
}

async function runCli(args) {
  log('INFO', `Starting schema engine CLI command: ${args.cli} (wasm stand-in)`);
  const info = parsePgUrl(args.datasource && args.datasource.url);
  switch (args.cli) {
    case 'can-connect-to-database':
      try {
        await withClient(info, (c) => c.query('SELECT 1'));
      } catch (e) {
        throw toUserFacing(e, info);
      }
      log('INFO', 'Connection successful');
      return;
    case 'create-database': {
      const name = await createDatabase(info);
      log('INFO', `Database '${name}' was successfully created.`);
      return;
    }
    case 'drop-database':
      try {
        await adminDatabaseFor(info, (c) => c.query(`DROP DATABASE ${quoteIdent(info.database)}`));
      } catch (e) {
        throw toUserFacing(e, info);
      }
      log('INFO', 'The database was successfully dropped.');
      return;
    default:
      throw new UserFacingError(`Unknown cli command: ${args.cli}`);
  }
}

// ---------------------------------------------------------------------------
function safe(fn) {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    log('INFO', 'Starting schema engine (wasm stand-in)');
    log('ERROR', e.message, {}, 'schema_engine::logger');
    process.exit(1);
  }

  if (args.version) {
    let version;
    try {
      version = wasmPackageVersion();
    } catch (e) {
      process.stderr.write(`@prisma/schema-engine-wasm is not installed: ${e.message}\n`);
      process.exit(1);
    }
    process.stdout.write(`schema-engine-cli ${version.split('.').pop()} (wasm stand-in, @prisma/schema-engine-wasm ${version})\n`);
    return;
  }
  if (args.help) {
    process.stdout.write(
      'Offline stand-in for the Prisma schema-engine (wasm + @prisma/adapter-pg).\n' +
        'Usage: schema-engine.cjs --version | --datasource <json> cli <can-connect-to-database|create-database|drop-database>\n' +
        '       schema-engine.cjs [--datamodels <path>]... [--datasource <json>]   (JSON-RPC on stdin/stdout)\n',
    );
    return;
  }

  if (args.cli) {
    try {
      await runCli(args);
      process.exit(0);
    } catch (e) {
      const err = toUserFacing(e, null);
      const fields = {};
      if (err.code) fields.error_code = err.code;
      log('ERROR', err.message, fields, 'schema_engine::logger');
      process.exit(1);
    }
  }

  await runServer(args);
}

main().catch((e) => {
  log('ERROR', (e && e.stack) || String(e), {}, 'schema_engine::logger');
  process.exit(1);
});
