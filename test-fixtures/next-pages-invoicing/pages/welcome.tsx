import { withCurrency } from '../lib/pageProps';

export default function Welcome({ currency }: { currency: string }) {
  return <main data-currency={currency}>Welcome back</main>;
}

// the agency is read only for a signed-in caller, by the session's own agency id: an anonymous visitor gets the default
// ok: missing-auth
export { withCurrency as getServerSideProps };
