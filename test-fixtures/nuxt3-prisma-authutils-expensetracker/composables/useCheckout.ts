export function useCheckout() {
  // ok: public-env-secret
  const { public: { stripePublishableKey } } = useRuntimeConfig();
  return { stripePublishableKey };
}
