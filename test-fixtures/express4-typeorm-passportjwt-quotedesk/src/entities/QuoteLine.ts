import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Quote } from './Quote';

@Entity('quote_lines')
export class QuoteLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  quoteId: string;

  @ManyToOne(() => Quote, (quote) => quote.lines, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'quoteId' })
  quote: Quote;

  @Column({ nullable: true })
  productId: string | null;

  @Column()
  description: string;

  @Column('int')
  quantity: number;

  @Column('int')
  unitPriceCents: number;
}
