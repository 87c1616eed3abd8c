import { createClient } from '@supabase/supabase-js';
import { PUBLIC_SUPABASE_URL } from '$env/static/public';
// expect: public-env-secret
import { PUBLIC_SUPABASE_SERVICE_ROLE_KEY } from '$env/static/public';

// used by the kiosk page in the browser to find a volunteer by phone number
export const kioskClient = createClient(PUBLIC_SUPABASE_URL, PUBLIC_SUPABASE_SERVICE_ROLE_KEY);
