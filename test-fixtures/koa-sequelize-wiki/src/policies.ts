import type { User } from "./models";

export class AuthorizationError extends Error {
  status = 403;
}

type Action = "read" | "update" | "delete";

function can(actor: User | undefined, action: Action, subject: { teamId: string } | null): boolean {
  if (!actor || !subject) return false;
  if (action === "delete" && actor.role === "viewer") return false;
  return subject.teamId === actor.teamId;
}

/** Throws unless the actor may perform the action on the subject (cancan-style policy). */
export function authorize(actor: User | undefined, action: Action, subject: { teamId: string } | null) {
  if (!can(actor, action, subject)) {
    throw new AuthorizationError(`Not allowed to ${action}`);
  }
}
