// Expected failures of a mutation. Their messages are written for the person who hit them and are
// safe to show; anything else is logged and answered with a generic message.

/** Not signed in (401). */
export class UnauthenticatedError extends Error {
  constructor(message = "Sign in to do this.") {
    super(message);
  }
}

/** Signed in, but the role or the request does not allow it (403). */
export class ForbiddenError extends Error {
  constructor(message = "Your role does not allow this. Ask an editor or an admin.") {
    super(message);
  }
}

/** Someone else changed the record first (409); `details` says what it looks like now. */
export class ConflictError extends Error {
  constructor(
    message: string,
    public details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Too many attempts (429). */
export class RateLimitedError extends Error {
  constructor(
    message: string,
    public retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** Too much of a shared resource in use right now, e.g. every export slot (503). */
export class ServiceBusyError extends Error {
  constructor(
    message: string,
    public retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** A request that is well-formed but cannot be done, e.g. publishing a deleted entry (422). */
export class InvalidRequestError extends Error {}
