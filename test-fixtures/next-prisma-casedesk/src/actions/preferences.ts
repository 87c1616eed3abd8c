'use server';

import { addYears } from 'date-fns';
import { cookies } from 'next/headers';

const TABLE_SETTINGS_COOKIE = 'casedesk-table-settings';

type TableSettings = { columns: string[]; density: 'compact' | 'comfortable' };

// The matters table remembers its columns in the browser: nothing but the caller's own cookie changes.
// ok: missing-auth
export async function updateTableSettingsAction(settings: TableSettings) {
  (await cookies()).set(TABLE_SETTINGS_COOKIE, JSON.stringify(settings), {
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    expires: addYears(new Date(), 1),
  });
  return Promise.resolve(settings);
}

// ok: missing-auth
export async function resetTableSettingsAction() {
  (await cookies()).delete(TABLE_SETTINGS_COOKIE);
}
