import Link from 'next/link';
import { AskAi } from './components/AskAi';

export default function HomePage() {
  return (
    <main className="home">
      <section className="hero">
        <h1>Know what your users actually do.</h1>
        <p>Event tracking, funnels and retention cohorts — set up in five minutes.</p>
        <Link className="cta" href="/pricing">
          See pricing
        </Link>
      </section>

      <section className="demo">
        <h2>Try the analytics assistant</h2>
        <AskAi />
      </section>
    </main>
  );
}
