// ok: public-env-secret
import { PUBLIC_STRIPE_PUBLISHABLE_KEY, PUBLIC_SITE_URL } from '$env/static/public';

export function checkoutConfig() {
  return { key: PUBLIC_STRIPE_PUBLISHABLE_KEY, returnUrl: `${PUBLIC_SITE_URL}/dashboard` };
}
