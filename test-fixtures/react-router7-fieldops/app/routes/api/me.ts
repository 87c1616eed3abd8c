import { requireUser } from '~/sessions.server';
import type { Route } from './+types/me';

// Used by the technicians' mobile web app, served from another origin.
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  const origin = request.headers.get('Origin') ?? '';
  return Response.json(
    { id: user.id, email: user.email, role: user.role, companyId: user.companyId },
    {
      headers: {
        // expect: cors-wildcard
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Credentials': 'true',
        Vary: 'Origin',
      },
    },
  );
}
