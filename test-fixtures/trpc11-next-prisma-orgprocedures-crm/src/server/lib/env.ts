// ok: hardcoded-secret
export const DEMO_ORG_SLUG = 'acme-demo-workspace-2024';
// ok: hardcoded-secret
export const STRIPE_API_VERSION = '2024-04-10';
