// ok: public-env-secret
import { PUBLIC_POSTHOG_KEY } from '$env/static/public';
// the geocoding key was moved here so the map component could call the API directly
// expect: public-env-secret
import { PUBLIC_GEOCODER_SECRET } from '$env/static/public';
import { env } from '$env/dynamic/public';

export const load = async () => {
  return {
    analyticsKey: PUBLIC_POSTHOG_KEY,
    geocoder: { secret: PUBLIC_GEOCODER_SECRET },
    // ok: public-env-secret
    supportEmail: env.PUBLIC_SUPPORT_EMAIL,
    // expect: public-env-secret
    crmWebhookToken: env.PUBLIC_CRM_WEBHOOK_TOKEN,
  };
};
