import { ApiError } from "../http/errors";

/** A 422 that names the field at fault, in the one error shape ("item.persons[1].id"). */
export function fieldError(path: string, message: string): ApiError {
  return new ApiError(422, "invalid_request", `Invalid ${path}: ${message}`, [{ path, message }]);
}
