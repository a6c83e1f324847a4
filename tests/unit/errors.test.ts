import { describe, expect, it } from "vitest";

import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidTransitionError,
  isDomainError,
  NotFoundError,
  ValidationError,
} from "@/domain/errors";

describe("domain errors: one taxonomy, stable codes and HTTP statuses", () => {
  it.each([
    [new ValidationError([{ path: "title", code: "REQUIRED", message: "required" }]), "VALIDATION_FAILED", 422, "ValidationError"],
    [new ForbiddenError("proposal.decide"), "FORBIDDEN", 403, "ForbiddenError"],
    [new NotFoundError("Proposal", "DX-2026-000123"), "NOT_FOUND", 404, "NotFoundError"],
    [new ConflictError("STALE_VERSION"), "CONFLICT", 409, "ConflictError"],
    [new InvalidTransitionError("DRAFT", "approve"), "INVALID_TRANSITION", 409, "InvalidTransitionError"],
  ] as const)("%s", (error, code, status, name) => {
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(isDomainError(error)).toBe(true);
    expect(error.code).toBe(code);
    expect(error.httpStatus).toBe(status);
    expect(error.name).toBe(name);
    expect(error.message.length).toBeGreaterThan(0);
  });

  it("keeps the details the caller needs", () => {
    expect(new ValidationError([{ path: "title", code: "REQUIRED", message: "required" }]).issues[0]?.path).toBe("title");
    expect(new ForbiddenError("vote.cast").action).toBe("vote.cast");
    expect(new NotFoundError("Proposal", "x")).toMatchObject({ entity: "Proposal", id: "x" });
    expect(new ConflictError("STALE_VERSION").reason).toBe("STALE_VERSION");
    expect(isDomainError(new Error("x"))).toBe(false);
  });
});
