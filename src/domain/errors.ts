/**
 * The one error taxonomy of the domain (STYLE.md): every expected failure has a
 * stable `code` the UI translates and an `httpStatus` route handlers return.
 * Messages are for developers and logs, never shown to users as such.
 */
import type { z } from "zod";

export type FieldIssue = {
  /** Dotted path of the offending field ("vote.passRatio"), "" for the whole input. */
  readonly path: string;
  /** Stable machine code, e.g. "RATIONALE_REQUIRED", when the producer has one. */
  readonly code?: string;
  readonly message: string;
};

export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly httpStatus: number;

  protected constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  readonly code = "VALIDATION_FAILED" as const;
  readonly httpStatus = 422 as const;
  readonly issues: FieldIssue[];

  constructor(issues: readonly FieldIssue[], message?: string) {
    super(message ?? (issues.map((i) => `${i.path || "(input)"}: ${i.message}`).join("; ") || "Invalid input"));
    this.issues = [...issues];
  }

  /** The issues of a failed zod parse, with dotted paths. */
  static fromZod(error: z.ZodError): ValidationError {
    return new ValidationError(issuesFromZod(error));
  }
}

export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    code: issue.code.toUpperCase(),
    message: issue.message,
  }));
}

export class ForbiddenError extends DomainError {
  readonly code = "FORBIDDEN" as const;
  readonly httpStatus = 403 as const;
  /** The refused action, when known. */
  readonly action: string | undefined;

  constructor(action?: string, message?: string) {
    super(message ?? (action === undefined ? "Not allowed" : `Not allowed: ${action}`));
    this.action = action;
  }
}

/** Also what a record outside the actor's scope looks like: foreign ids answer 404, not 403. */
export class NotFoundError extends DomainError {
  readonly code = "NOT_FOUND" as const;
  readonly httpStatus = 404 as const;
  readonly entity: string | undefined;
  readonly id: string | undefined;

  constructor(entity?: string, id?: string, message?: string) {
    super(message ?? `${entity ?? "Record"} not found${id === undefined ? "" : `: ${id}`}`);
    this.entity = entity;
    this.id = id;
  }
}

export class ConflictError extends DomainError {
  readonly code = "CONFLICT" as const;
  readonly httpStatus = 409 as const;
  /** Stable reason, e.g. "STALE_VERSION" (the default: optimistic lock lost), "VOTE_PASSED". */
  readonly reason: string;

  constructor(reason = "STALE_VERSION", message?: string) {
    super(message ?? `Conflict: ${reason}`);
    this.reason = reason;
  }
}

export class InvalidTransitionError extends DomainError {
  readonly code = "INVALID_TRANSITION" as const;
  readonly httpStatus = 409 as const;
  readonly state: string | undefined;
  readonly event: string | undefined;

  constructor(state?: string, event?: string, message?: string) {
    super(message ?? `Event "${event ?? "?"}" is not allowed in state "${state ?? "?"}"`);
    this.state = state;
    this.event = event;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
