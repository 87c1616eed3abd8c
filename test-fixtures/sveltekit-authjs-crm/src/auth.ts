import { SvelteKitAuth } from '@auth/sveltekit';
import Google from '@auth/sveltekit/providers/google';

export const { handle: authHandle, signIn, signOut } = SvelteKitAuth({
  providers: [Google],
  trustHost: true,
});
