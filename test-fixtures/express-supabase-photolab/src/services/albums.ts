import type { SupabaseClient } from '@supabase/supabase-js';
import { supabaseAdmin } from '../lib/supabase.js';

export const albumService = {
  // handed the caller's client: albums has RLS
  async get(sb: SupabaseClient, id: string) {
    // ok: unscoped-tenant-query
    const { data } = await sb.from('albums').select('id, title, description').eq('id', id).single();
    return data;
  },

  async photo(id: string) {
    // expect: unscoped-tenant-query
    const { data } = await supabaseAdmin.from('photos').select('id, caption, storage_path').eq('id', id).single();
    return data;
  },

  async photosOf(ownerId: string) {
    // ok: unscoped-tenant-query
    const { data } = await supabaseAdmin.from('photos').select('id, caption').eq('owner_id', ownerId);
    return data ?? [];
  },
};
