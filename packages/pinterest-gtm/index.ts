/**
 * pinterest-gtm's programmatic API (the `pinterest-gtm` package's main module): the commands of the
 * CLI (`main`) and the functions behind them. The sources live in verify/ (their README sections).
 */
export { main } from '../../verify/cli';
export { catalogCheck, formatCatalogReport, type CatalogReport } from '../../verify/catalog/catalog-check';
export { deliveryReport, formatDeliveryReport, type DeliveryReport } from '../../verify/report/delivery-report';
export { htmlReport } from '../../verify/report/html-report';
export { trackingPlan } from '../../verify/plan/tracking-plan';
export { runAudit } from '../../verify/audit/run-audit';
export type { AuditOptions } from '../../verify/audit/audit-types';
