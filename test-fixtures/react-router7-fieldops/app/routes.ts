import { type RouteConfig, index, layout, prefix, route } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('login', 'routes/login.tsx'),
  route('logout', 'routes/logout.ts'),
  route('healthz', 'routes/healthz.ts'),
  layout('routes/app-layout.tsx', [
    route('jobs', 'routes/jobs.tsx'),
    route('jobs/:jobId', 'routes/job.tsx'),
  ]),
  ...prefix('api', [
    route('me', 'routes/api/me.ts'),
    route('jobs/:jobId/photos', 'routes/api/job-photos.ts'),
    route('customers/:customerId', 'routes/api/customer.ts'),
    route('jobs/:jobId/status', 'routes/api/job-status.ts'),
    route('schedule.csv', 'routes/api/schedule-csv.ts'),
    route('sms/twilio-inbound', 'routes/api/sms-inbound.ts'),
  ]),
  route('admin', 'routes/admin/layout.tsx', [
    index('routes/admin/overview.tsx'),
    route('users', 'routes/admin/users.tsx'),
    route('companies', 'routes/admin/companies.tsx'),
  ]),
] satisfies RouteConfig;
