import { serve } from 'inngest/next';
import { inngest } from '@/lib/inngest/client';
import { purgeExpiredLinks } from '@/lib/inngest/functions';

// the job platform calls this endpoint, signing every request with the app's signing key (serve checks it)
// ok: missing-auth
export const { GET, POST, PUT } = serve({ client: inngest, functions: [purgeExpiredLinks] });
