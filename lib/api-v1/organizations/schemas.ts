import { z } from "zod";
import { countryCodeSchema } from "../../codes/schemas";
import { OrganizationKind } from "../../generated/prisma/enums";
import { isoOut, isoOutNullable, nullableHttpUrl, nullableText, requiredText, text, updatedAtLockSchema } from "../fields";
import { listQueryBase } from "../list-query";

/** Media outlets and other organisations, often impersonated with fake branding (STIX identity, organization). */
export const organizationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(OrganizationKind),
    aliases: z.array(z.string()),
    country: z.string().nullable(),
    url: z.string().nullable(),
    domain: z.string().nullable(),
    description: z.string().nullable(),
    createdAt: isoOut,
    updatedAt: isoOut,
    deletedAt: isoOutNullable,
  })
  .meta({ id: "Organization" });
export type OrganizationDto = z.output<typeof organizationSchema>;

export const listOrganizationsQuerySchema = z.strictObject({
  ...listQueryBase,
  q: text(200).optional().describe("name contains (case-insensitive) or equals an alias"),
  kind: z.enum(OrganizationKind).optional(),
  country: countryCodeSchema.optional().describe("ISO 3166-1 alpha-2 code, e.g. PL"),
});
export type ListOrganizationsQuery = z.output<typeof listOrganizationsQuerySchema>;

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, { error: "must be a domain name such as bbc.co.uk" })
  .nullable();

export const createOrganizationBodySchema = z.strictObject({
  name: requiredText(300),
  kind: z.enum(OrganizationKind).default("media_outlet"),
  aliases: z.array(requiredText(300)).max(50).default([]),
  country: countryCodeSchema.nullable().optional(),
  url: nullableHttpUrl,
  domain: domain.optional(),
  description: nullableText(20_000),
});
export type CreateOrganizationBody = z.output<typeof createOrganizationBodySchema>;

export const updateOrganizationBodySchema = z.strictObject({
  updatedAt: updatedAtLockSchema,
  name: requiredText(300).optional(),
  kind: z.enum(OrganizationKind).optional(),
  aliases: z.array(requiredText(300)).max(50).optional(),
  country: countryCodeSchema.nullable().optional(),
  url: nullableHttpUrl,
  domain: domain.optional(),
  description: nullableText(20_000),
});
export type UpdateOrganizationBody = z.output<typeof updateOrganizationBodySchema>;
