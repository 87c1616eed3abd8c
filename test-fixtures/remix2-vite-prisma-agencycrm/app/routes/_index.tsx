import type { MetaFunction } from '@remix-run/node';
import { Link } from '@remix-run/react';

export const meta: MetaFunction = () => [{ title: 'Agency CRM' }];

export default function Index() {
  return (
    <main>
      <h1>Run your agency's clients in one place</h1>
      <Link to="/login">Sign in</Link>
    </main>
  );
}
