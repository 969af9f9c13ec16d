import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltip } from '@angular/material/tooltip';
import { RegionResponse } from '@storeops/shared/contracts';
import { RegionsStore } from '@storeops/web/org/data-access';
import { EmptyState, ErrorBanner } from '@storeops/web/shared/ui';
import { I18nService, TranslatePipe } from '@storeops/web/shared/util';
import { MasterDataActions } from '../master-data-actions';

@Component({
  selector: 'so-regions-page',
  imports: [MatButton, MatIconButton, MatIcon, MatProgressBar, MatTableModule, MatTooltip, EmptyState, ErrorBanner, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './regions-page.html',
  styleUrl: '../admin-table.scss',
})
export class RegionsPage implements OnInit {
  protected readonly regions = inject(RegionsStore);
  private readonly actions = inject(MasterDataActions);
  private readonly i18n = inject(I18nService);
  protected readonly columns = ['code', 'name', 'status', 'actions'];

  ngOnInit(): void {
    void this.regions.load(true);
  }

  protected openCreate(): void {
    this.actions.openCodeName({
      title: this.i18n.t('org.regions.create'),
      codeLabel: this.i18n.t('org.regions.code'),
      nameLabel: this.i18n.t('org.regions.name'),
      save: (value) => this.regions.create(value),
    });
  }

  protected openRename(region: RegionResponse): void {
    this.actions.openCodeName({
      title: this.i18n.t('org.regions.edit'),
      codeLabel: this.i18n.t('org.regions.code'),
      nameLabel: this.i18n.t('org.regions.name'),
      existing: region,
      save: ({ name }) => this.regions.update(region.id, { name, version: region.version }),
    });
  }

  protected toggleActive(region: RegionResponse): Promise<void> {
    return this.actions.write(() => this.regions.update(region.id, { active: !region.active, version: region.version }));
  }
}
