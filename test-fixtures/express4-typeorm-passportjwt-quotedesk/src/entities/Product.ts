import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('products')
export class Product {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  organizationId: string;

  @Column()
  name: string;

  @Column({ nullable: true })
  sku: string | null;

  @Column('int')
  unitPriceCents: number;

  @Column({ default: false })
  archived: boolean;
}
