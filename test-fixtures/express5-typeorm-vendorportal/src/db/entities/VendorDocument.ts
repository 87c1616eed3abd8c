import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Vendor } from './Vendor.js';

@Entity('vendor_documents')
export class VendorDocument {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  organizationId!: string;

  @ManyToOne(() => Vendor, (v) => v.documents, { onDelete: 'CASCADE' })
  vendor!: Vendor;

  @Column()
  kind!: string;

  @Column()
  storagePath!: string;

  @Column({ default: 'pending' })
  signatureStatus!: string;

  @Column({ nullable: true })
  envelopeId?: string;

  @CreateDateColumn()
  uploadedAt!: Date;
}
