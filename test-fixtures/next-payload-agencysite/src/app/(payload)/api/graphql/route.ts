/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
import config from '@payload-config';
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes';

// ok: missing-auth
export const POST = GRAPHQL_POST(config);
export const OPTIONS = REST_OPTIONS(config);
