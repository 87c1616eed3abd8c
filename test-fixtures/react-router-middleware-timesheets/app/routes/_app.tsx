import { Outlet } from 'react-router';
import { requireUser } from '../middleware/auth.server';
import { userContext } from '../context';
import type { Route } from './+types/_app';

// every route nested under _app runs this before its loader or action
export const middleware: Route.MiddlewareFunction[] = [requireUser];

export async function loader({ context }: Route.LoaderArgs) {
  const user = context.get(userContext);
  return { email: user.email };
}

export default function AppLayout() {
  return <Outlet />;
}
