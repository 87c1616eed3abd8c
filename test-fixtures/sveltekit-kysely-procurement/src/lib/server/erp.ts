const ERP_BASE_URL = 'https://erp.buyflow.internal/api';

const erpAuth = {
  username: 'buyflow-sync',
  // expect: hardcoded-secret
  password: 'Erp5ync!Prod2024',
};

export async function pushToErp(rows: unknown[]) {
  const credentials = Buffer.from(`${erpAuth.username}:${erpAuth.password}`).toString('base64');
  const res = await fetch(`${ERP_BASE_URL}/purchase-orders/bulk`, {
    method: 'POST',
    headers: { authorization: `Basic ${credentials}`, 'content-type': 'application/json' },
    body: JSON.stringify(rows),
  });
  if (!res.ok) throw new Error(`ERP sync failed with ${res.status}`);
}
