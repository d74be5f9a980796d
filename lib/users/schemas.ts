import { z } from "zod";
import { ROLES } from "../auth/permissions";
import { passwordSchema } from "../auth/password-policy";

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email({ message: "must be an email address" }));

export const createUserBodySchema = z
  .object({
    email: emailSchema,
    name: z.string().trim().min(1, "is required").max(200),
    role: z.enum(ROLES, { message: `must be one of ${ROLES.join(", ")}` }),
    password: passwordSchema.optional(),
  })
  .strict();
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const updateUserBodySchema = z
  .object({
    role: z.enum(ROLES).optional(),
    active: z.boolean().optional(),
    name: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

/** An invitation creates the person without a password; they choose one through the link. */
export const inviteUserBodySchema = createUserBodySchema.omit({ password: true }).strict();
export type InviteUserBody = z.infer<typeof inviteUserBodySchema>;

export const refreshInvitationBodySchema = z.object({ userId: z.uuid({ error: "must be a user id" }) }).strict();

/**
 * Either a new person, or a fresh link for someone who has not set a password yet. Chosen by the presence of
 * `userId` rather than a zod union, so a bad field is named ("role") instead of a bare "Invalid input".
 */
export const createInvitationBodySchema = z.unknown().transform((body, ctx): CreateInvitationBody => {
  const schema = body && typeof body === "object" && "userId" in body ? refreshInvitationBodySchema : inviteUserBodySchema;
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    // Unknown keys are named one by one, as the error mapper does for plain object schemas.
    const paths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    const message = issue.code === "unrecognized_keys" ? "is not a known parameter" : issue.message;
    for (const path of paths) ctx.addIssue({ code: "custom", message, path });
  }
  return z.NEVER;
});
export type CreateInvitationBody = InviteUserBody | z.infer<typeof refreshInvitationBodySchema>;

export const acceptInvitationBodySchema = z
  .object({
    token: z.string().min(1, "is required").max(200),
    password: passwordSchema,
  })
  .strict();
export type AcceptInvitationBody = z.infer<typeof acceptInvitationBodySchema>;

export const userIdSchema = z.uuid();
