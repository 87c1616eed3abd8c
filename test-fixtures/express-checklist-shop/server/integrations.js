// Third-party integrations used by the order pipeline.
const { LinearClient } = require('@linear/sdk');

// expect: hardcoded-secret
const linear = new LinearClient({ apiKey: 'lin_api_Qm7vX2kR9pLs4TzW8nYc3HdJ6fBg1VaE5uKo0tMi' });

// expect: hardcoded-secret
const SLACK_ORDERS_WEBHOOK = 'https://hooks.slack.com/services/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';

// ok: hardcoded-secret
const LOCAL_DB = process.env.DATABASE_URL ?? 'postgres://shop:shop@localhost:5432/shop_dev';

// ok: hardcoded-secret
const AWS_DOCS_EXAMPLE = 'AKIAIOSFODNN7EXAMPLE';

// expect: hardcoded-secret
const FULFILMENT_API_TOKEN = 'qHvTbWmKpRzXaLcYnDsGfJuEiOwQkMtVhBrZxNp';

// ok: hardcoded-secret
const ORDER_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

// ok: hardcoded-secret
const fulfilmentProviderName = 'WarehouseFulfilmentProviderIntegration';

async function notifyOrder(order) {
  await fetch(SLACK_ORDERS_WEBHOOK, { method: 'POST', body: JSON.stringify({ text: `Order ${order.id} placed` }) });
  await linear.createIssue({ teamId: process.env.LINEAR_TEAM_ID, title: `Fulfil order ${order.id}` });
}

function fulfilmentHeaders() {
  return { authorization: `Bearer ${FULFILMENT_API_TOKEN}`, 'x-provider': fulfilmentProviderName };
}

module.exports = { notifyOrder, fulfilmentHeaders, LOCAL_DB, AWS_DOCS_EXAMPLE, ORDER_CODE_ALPHABET };
