import { expect } from "vitest";
import { ApiError } from "../http/errors";

/** Awaits a promise that must fail with an ApiError (the one error shape) and returns that error. */
export async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}
