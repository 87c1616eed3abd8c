import { createStart } from '@tanstack/react-start';
import { attachSupabaseAuth } from '@/integrations/supabase/attach-auth';

export const startInstance = createStart(() => ({
  functionMiddleware: [attachSupabaseAuth],
}));
