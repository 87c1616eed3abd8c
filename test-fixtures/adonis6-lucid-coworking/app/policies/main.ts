export const policies = {
  BookingPolicy: () => import('./booking_policy.js'),
  MemberPolicy: () => import('./member_policy.js'),
}
