import type { Metadata } from 'next';
import { CheckoutButton } from '../components/CheckoutButton';

export const metadata: Metadata = {
  title: 'Pricing — Acme Analytics',
};

const plans = [
  { id: 'pro', name: 'Pro', price: '$49/mo', features: ['Unlimited dashboards', '13 months retention'] },
  { id: 'team', name: 'Team', price: '$149/mo', features: ['Everything in Pro', 'SSO', 'Audit log'] },
] as const;

export default function PricingPage() {
  return (
    <main className="pricing">
      <h1>Pricing</h1>
      <div className="plans">
        {plans.map((plan) => (
          <article key={plan.id} className="plan">
            <h2>{plan.name}</h2>
            <p className="price">{plan.price}</p>
            <ul>
              {plan.features.map((feature) => (
                <li key={feature}>{feature}</li>
              ))}
            </ul>
            <CheckoutButton plan={plan.id} />
          </article>
        ))}
      </div>
    </main>
  );
}
