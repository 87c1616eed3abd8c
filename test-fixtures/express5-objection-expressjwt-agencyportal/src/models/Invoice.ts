import { Model } from 'objection';

export class Invoice extends Model {
  static tableName = 'invoices';

  id!: number;
  agencyId!: number;
  stripeInvoiceId!: string;
  amountCents!: number;
  status!: 'open' | 'paid' | 'void';
}
