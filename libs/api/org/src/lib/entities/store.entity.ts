import {
  BeforeInsert,
  BeforeUpdate,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { codeKey } from '@storeops/shared/contracts';
import { StoreFormat, StoreStatus } from '@storeops/shared/contracts';
import { RegionEntity } from './region.entity';

@Entity('store')
@Index('idx_store_region', ['regionId'])
export class StoreEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  /** The chain's own code, as written (STORE_CODE_PATTERN). */
  @Column({ type: 'varchar', length: 20, unique: true })
  code!: string;

  /** The code trimmed and upper-cased: codes are unique and looked up case-insensitively. */
  @Column({ type: 'varchar', length: 20, unique: true })
  codeKey!: string;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'integer' })
  regionId!: number;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'regionId' })
  region?: RegionEntity;

  @Column({ type: 'varchar', length: 16 })
  format!: StoreFormat;

  @Column({ type: 'varchar', length: 16, default: StoreStatus.Open })
  status!: StoreStatus;

  @Column({ type: 'date', nullable: true })
  openDate!: string | null;

  /** Unknown until entered: 坪效 is then unknown for the store. */
  @Column({ type: 'integer', nullable: true })
  salesAreaSqm!: number | null;

  @OneToMany(() => StoreExternalCodeEntity, (e) => e.store)
  externalCodes?: StoreExternalCodeEntity[];

  @VersionColumn({ default: 1 })
  version!: number;

  /** The key follows the code whenever a store is saved. */
  @BeforeInsert()
  @BeforeUpdate()
  keyCode(): void {
    if (this.code !== undefined) this.codeKey = codeKey(this.code);
  }
}

/** 外部编码: another system's number for a store (POS number, ERP code …), by which imports find it. */
@Entity('store_external_code')
@Index('idx_store_external_code_store', ['storeId'])
export class StoreExternalCodeEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  storeId!: number;

  @ManyToOne(() => StoreEntity, (s) => s.externalCodes, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'storeId' })
  store?: StoreEntity;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  /** Trimmed and upper-cased; unique across stores. */
  @Column({ type: 'varchar', length: 40, unique: true })
  codeKey!: string;
}
