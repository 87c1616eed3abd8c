import { getSession, type AppSession } from './auth';

type UserHandler = (input: { req: Request; session: AppSession; params: Record<string, string> }) => Promise<Response>;

// signed-in users only
export function withUser(handler: UserHandler) {
  return async (req: Request, { params }: { params: Promise<Record<string, string>> }) => {
    const session = await getSession();
    if (!session?.user) return Response.json({ error: 'unauthorized' }, { status: 401 });
    return handler({ req, session, params: await params });
  };
}
