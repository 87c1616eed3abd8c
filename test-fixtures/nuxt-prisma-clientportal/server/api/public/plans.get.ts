const PLANS = [
  { id: 'free', name: 'Free', seats: 3, priceMonthly: 0 },
  { id: 'team', name: 'Team', seats: 25, priceMonthly: 49 },
  { id: 'business', name: 'Business', seats: 250, priceMonthly: 199 },
]

// ok: missing-auth
export default defineCachedEventHandler(() => PLANS, { maxAge: 60 * 60 })
