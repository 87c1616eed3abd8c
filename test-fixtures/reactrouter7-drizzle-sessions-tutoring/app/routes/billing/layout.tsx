import { Outlet } from 'react-router';
import { authMiddleware } from '~/lib/middleware.server';

// runs before the loaders and actions of every billing page
export const unstable_middleware = [authMiddleware];

export default function BillingLayout() {
  return <section className="billing"><Outlet /></section>;
}
