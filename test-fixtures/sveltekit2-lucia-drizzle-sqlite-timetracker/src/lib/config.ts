import { PUBLIC_SENTRY_DSN, PUBLIC_APP_URL } from '$env/static/public';

// ok: public-env-secret
export const sentryDsn = PUBLIC_SENTRY_DSN;
export const appUrl = PUBLIC_APP_URL;
