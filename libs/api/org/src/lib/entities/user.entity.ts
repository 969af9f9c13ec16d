import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Role } from '@storeops/shared/contracts';
import { CategoryEntity } from './category.entity';
import { StoreEntity } from './store.entity';

@Entity('app_user')
@Index('idx_user_store', ['storeId'])
export class UserEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 64, unique: true })
  username!: string;

  @Column({ type: 'varchar', length: 64 })
  displayName!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Column({ type: 'varchar', length: 200 })
  passwordHash!: string;

  /** The store a store manager runs; null for every other role. */
  @Column({ type: 'integer', nullable: true })
  storeId!: number | null;

  @ManyToOne(() => StoreEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'storeId' })
  store?: StoreEntity | null;

  /** The categories a specialist covers. */
  @ManyToMany(() => CategoryEntity)
  @JoinTable({ name: 'user_category', joinColumn: { name: 'userId' }, inverseJoinColumn: { name: 'categoryId' } })
  categories?: CategoryEntity[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @VersionColumn({ default: 1 })
  version!: number;
}
