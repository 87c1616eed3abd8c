// embedded whiteboard for online lessons
export function whiteboardConfig(roomId: string) {
  return {
    roomId,
    // expect: public-env-secret
    apiSecret: import.meta.env.VITE_WHITEBOARD_API_SECRET,
    // ok: public-env-secret
    stripeKey: import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY,
  };
}
