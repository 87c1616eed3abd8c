import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Vendor } from './vendor.entity';

export type PurchaseOrderStatus = 'draft' | 'submitted' | 'approved' | 'rejected' | 'paid';

@Entity('purchase_orders')
export class PurchaseOrder {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  companyId: string;

  @Column()
  number: string;

  @Column()
  vendorId: string;

  @ManyToOne(() => Vendor)
  vendor: Vendor;

  @Column()
  createdById: string;

  @Column({ default: 'draft' })
  status: PurchaseOrderStatus;

  @Column('int')
  totalCents: number;

  @Column({ nullable: true })
  notes: string;

  @CreateDateColumn()
  createdAt: Date;
}
