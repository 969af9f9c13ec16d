import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumnType } from '@storeops/api/core';
import { CategoryEntity } from '@storeops/api/org';
import { ItemKind, StarThresholds } from '@storeops/shared/contracts';

/** One version of an operating standard 营运标准; `code` names the family, each edit of a used version adds a row. */
@Entity('inspection_template')
@Index('uq_inspection_template_code_version', ['code', 'version'], { unique: true })
export class InspectionTemplateEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'integer' })
  version!: number;

  /** null: the general store standard. */
  @Column({ type: 'integer', nullable: true })
  categoryId!: number | null;

  @ManyToOne(() => CategoryEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'categoryId' })
  category?: CategoryEntity | null;

  @Column({ type: 'double precision' })
  criticalCap!: number;

  @Column({ type: 'simple-json' })
  starThresholds!: StarThresholds;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** A submit needs the on-duty person's signature. */
  @Column({ type: 'boolean', default: true })
  requireSignature!: boolean;

  /** A submit needs the on-duty person's name. */
  @Column({ type: 'boolean', default: true })
  requireDutyPerson!: boolean;

  @Column({ type: 'varchar', length: 64, nullable: true })
  createdBy!: string | null;

  @Column({ type: timestampColumnType() })
  createdAt!: Date;
}

@Entity('inspection_template_section')
@Index('idx_inspection_section_template', ['templateId'])
export class InspectionSectionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  templateId!: number;

  @ManyToOne(() => InspectionTemplateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'templateId' })
  template?: InspectionTemplateEntity;

  @Column({ type: 'varchar', length: 100 })
  title!: string;

  @Column({ type: 'integer' })
  position!: number;
}

@Entity('inspection_template_item')
@Index('idx_inspection_item_template', ['templateId'])
@Index('idx_inspection_item_section', ['sectionId'])
export class InspectionItemEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  templateId!: number;

  @ManyToOne(() => InspectionTemplateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'templateId' })
  template?: InspectionTemplateEntity;

  @Column({ type: 'integer' })
  sectionId!: number;

  @ManyToOne(() => InspectionSectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sectionId' })
  section?: InspectionSectionEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: ItemKind;

  @Column({ type: 'integer' })
  maxPoints!: number;

  @Column({ type: 'boolean', default: false })
  allowNa!: boolean;

  @Column({ type: 'boolean', default: false })
  critical!: boolean;

  @Column({ type: 'boolean', default: false })
  photoOnFail!: boolean;

  @Column({ type: 'integer' })
  dueDays!: number;

  @Column({ type: 'integer' })
  position!: number;
}
