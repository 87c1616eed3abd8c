// ok: public-env-secret
import { PUBLIC_MAPBOX_TOKEN, PUBLIC_SITE_URL } from '$env/static/public';
// expect: public-env-secret
import { PUBLIC_PDF_SERVICE_SECRET } from '$env/static/public';

export const mapConfig = { token: PUBLIC_MAPBOX_TOKEN, style: 'mapbox://styles/mapbox/light-v11' };
export const siteUrl = PUBLIC_SITE_URL;
export const pdfService = { url: 'https://pdf.venuehire.example/render', key: PUBLIC_PDF_SERVICE_SECRET };
