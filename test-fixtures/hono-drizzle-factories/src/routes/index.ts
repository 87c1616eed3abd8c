export { createBillingRoutes } from './billing.js'
export { createReportRoutes } from './reports.js'
export { default as adminRoutes } from './admin.js'
