export async function scanReceipt(file: File) {
  const config = useRuntimeConfig();
  const form = new FormData();
  form.append('file', file);
  return $fetch('https://ocr.example-vendor.io/v2/receipts', {
    method: 'POST',
    // expect: public-env-secret
    headers: { 'X-Api-Secret': config.public.receiptOcrSecret },
    body: form,
  });
}
