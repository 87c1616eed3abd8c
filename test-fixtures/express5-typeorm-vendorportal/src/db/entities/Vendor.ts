import { Column, CreateDateColumn, Entity, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from './Organization.js';
import type { VendorDocument } from './VendorDocument.js';

@Entity('vendors')
export class Vendor {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  name!: string;

  @Column({ nullable: true })
  taxId?: string;

  @Column({ nullable: true })
  iban?: string;

  @Column({ default: 'pending' })
  status!: 'pending' | 'approved' | 'blocked';

  @Column()
  organizationId!: string;

  @ManyToOne(() => Organization, (org) => org.vendors, { onDelete: 'CASCADE' })
  organization!: Organization;

  @OneToMany('VendorDocument', 'vendor')
  documents!: VendorDocument[];

  @CreateDateColumn()
  createdAt!: Date;
}
