import { Environment, SignedDataVerifier } from "@apple/app-store-server-library";

let verifier: SignedDataVerifier | null = null;

function getVerifier() {
  verifier ||= new SignedDataVerifier([], true, Environment.PRODUCTION, "com.example.mailrules", 1234567890);
  return verifier;
}

export async function decodeStoreNotification(signedPayload: string) {
  const notification = await getVerifier().verifyAndDecodeNotification(signedPayload);
  return { type: notification.notificationType, transaction: notification.data?.signedTransactionInfo ?? null };
}
