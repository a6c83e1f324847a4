/**
 * The one error taxonomy of the domain (STYLE.md): every expected failure has a
 * stable `code` the UI translates and an `httpStatus` route handlers return.
 * Messages are for developers and logs, never shown to users as such.
 */

export type FieldIssue = {
  /** Dotted path of the offending field ("vote.passRatio"), "" for the whole input. */
  readonly path: string;
  /** Stable machine code, e.g. "RATIONALE_REQUIRED". */
  readonly code: string;
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
  readonly issues: readonly FieldIssue[];

  constructor(issues: readonly FieldIssue[], message?: string) {
    super(message ?? issues.map((i) => `${i.path || "(input)"}: ${i.message}`).join("; "));
    this.issues = issues;
  }
}

export class ForbiddenError extends DomainError {
  readonly code = "FORBIDDEN" as const;
  readonly httpStatus = 403 as const;
  readonly action: string;

  constructor(action: string, message?: string) {
    super(message ?? `Not allowed: ${action}`);
    this.action = action;
  }
}

export class NotFoundError extends DomainError {
  readonly code = "NOT_FOUND" as const;
  readonly httpStatus = 404 as const;
  readonly entity: string;
  readonly id: string | undefined;

  constructor(entity: string, id?: string, message?: string) {
    super(message ?? `${entity} not found${id === undefined ? "" : `: ${id}`}`);
    this.entity = entity;
    this.id = id;
  }
}

export class ConflictError extends DomainError {
  readonly code = "CONFLICT" as const;
  readonly httpStatus = 409 as const;
  /** Stable reason, e.g. "STALE_VERSION", "VOTE_PASSED". */
  readonly reason: string;

  constructor(reason: string, message?: string) {
    super(message ?? `Conflict: ${reason}`);
    this.reason = reason;
  }
}

export class InvalidTransitionError extends DomainError {
  readonly code = "INVALID_TRANSITION" as const;
  readonly httpStatus = 409 as const;
  readonly state: string;
  readonly event: string;

  constructor(state: string, event: string, message?: string) {
    super(message ?? `Event "${event}" is not allowed in state "${state}"`);
    this.state = state;
    this.event = event;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
