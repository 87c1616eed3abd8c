/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config';
import '@payloadcms/next/css';
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes';

// every operation passes the collection's access control (signed-in users unless a collection opens it)
// ok: missing-auth
export const GET = REST_GET(config);
// ok: missing-auth
export const POST = REST_POST(config);
// ok: missing-auth
export const DELETE = REST_DELETE(config);
// ok: missing-auth
export const PATCH = REST_PATCH(config);
// ok: missing-auth
export const PUT = REST_PUT(config);
export const OPTIONS = REST_OPTIONS(config);
