/** The REST API takes and returns campaigns exactly as the app does: one set of schemas, in lib/campaigns. */
export {
  campaignSchema,
  campaignSlugSchema,
  createCampaignBodySchema,
  listCampaignsQuerySchema,
  updateCampaignBodySchema,
  type CampaignDto,
  type CreateCampaignBody,
  type ListCampaignsQuery,
  type UpdateCampaignBody,
} from "../../campaigns/schemas";
