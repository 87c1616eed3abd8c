'use server';

import { revalidatePath } from 'next/cache';
import { eq } from 'drizzle-orm';
import { db, campaigns } from '@/lib/db';

// Inline "edit story" button on the public campaign page. The button is only rendered
// for staff, but the action itself is callable by anyone: /campaigns/:slug is an
// unauthenticated path and nothing here asks who is calling.
// expect: missing-auth, missing-input-validation
export async function updateCampaignStory(campaignId: string, story: string) {
  await db.update(campaigns).set({ story }).where(eq(campaigns.id, campaignId));
  revalidatePath('/campaigns/[slug]', 'page');
}
