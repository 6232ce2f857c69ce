/**
 * How long before expiry a holder is invited to re-review. rules.md fixes no figure ("at expiry:
 * re-review"); about six months leaves time for the city, the province and (for little giants)
 * MIIT to decide before the title ends. REREVIEW_INVITATION_DAYS overrides it. The invitation job
 * and the services that open the re-review window read the same figure from here.
 */
export const REREVIEW_INVITATION_DAYS = Number(process.env.REREVIEW_INVITATION_DAYS ?? 183);
