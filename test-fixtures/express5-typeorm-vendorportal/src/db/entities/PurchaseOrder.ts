import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from './Organization.js';
import { Vendor } from './Vendor.js';

@Entity('purchase_orders')
export class PurchaseOrder {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  reference!: string;

  @Column('numeric', { precision: 12, scale: 2 })
  total!: string;

  @Column({ default: 'draft' })
  status!: 'draft' | 'submitted' | 'approved' | 'paid';

  @Column({ nullable: true })
  approvedById?: string;

  @Column({ nullable: true })
  stripeInvoiceId?: string;

  @Column()
  organizationId!: string;

  @ManyToOne(() => Organization)
  organization!: Organization;

  @ManyToOne(() => Vendor, { eager: true })
  vendor!: Vendor;

  @CreateDateColumn()
  createdAt!: Date;
}
