// Reference exchange rates shown on the marketing page.
// ok: missing-auth
export default defineCachedEventHandler(
  async () => {
    const res = await $fetch<{ rates: Record<string, number> }>('https://api.frankfurter.app/latest?from=EUR');
    return res.rates;
  },
  { maxAge: 60 * 60 },
);
