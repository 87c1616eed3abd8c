export const policies = {
  LeasePolicy: () => import('./lease_policy.js'),
}
