import type { Metadata } from 'next';
import { LoginForm } from './LoginForm';

export const metadata: Metadata = {
  title: 'Sign in — Acme Analytics',
};

export default function LoginPage() {
  return (
    <main className="login">
      <h1>Sign in</h1>
      <LoginForm />
    </main>
  );
}
