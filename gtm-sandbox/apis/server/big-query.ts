/**
 * BigQuery.insert(connectionInfo, rows, options) → Promise, into the World's in-memory tables. The
 * project defaults to the container's Google Cloud project, as in server-side GTM.
 * @see https://developers.google.com/tag-platform/tag-manager/server-side/api#bigquery
 */
import { Raw } from '../../runtime/marshal';
import { str, type ApiImplementation } from '../api';

export const DEFAULT_PROJECT = 'gtm-sandbox-project';

export const BigQueryApi: ApiImplementation = (ctx) => ({
  insert: (connectionInfo: unknown, rows: unknown) => {
    const info = (ctx.marshal.toHost(connectionInfo) ?? {}) as Record<string, unknown>;
    const table = { projectId: str(info.projectId ?? DEFAULT_PROJECT), datasetId: str(info.datasetId), tableId: str(info.tableId) };
    ctx.permissions.assert('BigQuery', 'access_bigquery', `writing to ${table.projectId}.${table.datasetId}.${table.tableId}`, 'write', table);
    const hostRows = ctx.marshal.toHost(rows);
    return new Raw(ctx.promises.settleLater(() => {
      if (!Array.isArray(hostRows)) return { reason: [{ reason: 'invalid', message: 'rows must be an array' }] };
      ctx.world.bigQuery.push({ table: `${table.projectId}.${table.datasetId}.${table.tableId}`, rows: hostRows });
      return { value: undefined };
    }));
  },
});
