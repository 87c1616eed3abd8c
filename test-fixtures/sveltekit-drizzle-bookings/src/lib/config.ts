// Values the booking widget needs in the browser.
// ok: public-env-secret
import { PUBLIC_STRIPE_PUBLISHABLE_KEY } from '$env/static/public';
// ok: public-env-secret
import { PUBLIC_MAPBOX_TOKEN } from '$env/static/public';
// added so the widget could create holds without a round trip through our server
// expect: public-env-secret
import { PUBLIC_CALENDAR_API_SECRET } from '$env/static/public';

export const widgetConfig = {
  stripeKey: PUBLIC_STRIPE_PUBLISHABLE_KEY,
  mapboxToken: PUBLIC_MAPBOX_TOKEN,
  calendar: { apiSecret: PUBLIC_CALENDAR_API_SECRET, baseUrl: 'https://calendar.example.com/v2' },
};
