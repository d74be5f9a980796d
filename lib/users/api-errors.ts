import { ApiError } from "../http/errors";
import { InvitationError } from "./invitations";
import { LastAdminError } from "./last-admin";
import { DuplicateEmailError } from "./manage-users";

/** The users domain's refusals as API answers; anything else is rethrown for the one error mapper. */
export function rethrowAsApiError(error: unknown): never {
  if (error instanceof DuplicateEmailError) {
    throw new ApiError(409, "email_taken", `Someone already has the email ${error.email}.`, [{ path: "email", message: "is already in use" }]);
  }
  if (error instanceof LastAdminError) throw new ApiError(409, "last_admin", error.message);
  if (error instanceof InvitationError) throw new ApiError(error.status, error.code, error.message);
  throw error;
}
