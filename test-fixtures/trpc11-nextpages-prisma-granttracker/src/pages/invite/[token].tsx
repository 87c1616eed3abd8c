import { useEffect } from 'react';
import { useRouter } from 'next/router';
import { signIn } from 'next-auth/react';
import { api } from '~/utils/api';

export default function AcceptInvitePage() {
  const router = useRouter();
  const token = router.query.token as string | undefined;
  const accept = api.funding.acceptInvite.useMutation();

  useEffect(() => {
    if (!token) return;
    // keep the invite across the GitHub sign-in round trip
    // expect: token-in-localstorage
    localStorage.setItem('pendingInviteToken', token);
  }, [token]);

  return (
    <main>
      <h1>Join your team on Grant Tracker</h1>
      <button onClick={() => signIn('github')}>Continue with GitHub</button>
      <button disabled={!token || accept.isPending} onClick={() => token && accept.mutate({ token })}>
        Accept invite
      </button>
    </main>
  );
}
