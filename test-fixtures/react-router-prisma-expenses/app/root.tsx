import { Links, Meta, Outlet, Scripts, ScrollRestoration } from "react-router";

// ok: public-env-secret
const posthogKey = import.meta.env.VITE_POSTHOG_KEY;
// ok: public-env-secret
const sentryDsn = import.meta.env.VITE_SENTRY_DSN;

export function Layout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <Meta />
        <Links />
      </head>
      <body data-posthog={posthogKey} data-sentry={sentryDsn}>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}
