import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { LicenceResponse } from '@storeops/shared/contracts';
import { LocalDatePipe, TranslatePipe } from '@storeops/web/shared/util';
import { AREA_STYLES, alertKey, LICENCE_FILE_TYPES } from './area';

export interface LicenceFilePick {
  licence: LicenceResponse;
  file: File;
}

/** Licences with their alert (60/30/7 days, expired) in colour, and the scan: download, and upload for who may write. */
@Component({
  selector: 'so-licence-table',
  imports: [MatIcon, LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll">
      <table class="table" data-testid="licence-table">
        <thead>
          <tr>
            @if (showOwner()) {
              <th>{{ 'sup.licence.owner' | t }}</th>
            }
            <th>{{ 'sup.licence.type' | t }}</th>
            <th>{{ 'sup.licence.number' | t }}</th>
            <th>{{ 'sup.licence.validFrom' | t }}</th>
            <th>{{ 'sup.licence.validTo' | t }}</th>
            <th class="num">{{ 'sup.licence.daysLeft' | t }}</th>
            <th>{{ 'sup.licence.alert' | t }}</th>
            <th>{{ 'sup.licence.scan' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (l of licences(); track l.id) {
            <tr data-testid="licence-row" [attr.data-alert]="l.alert ?? 'ok'" [class.highlight]="l.id === highlightId()">
              @if (showOwner()) {
                <td class="owner">
                  {{ l.ownerName }} <span class="muted">· {{ 'sup.licence.owner.' + l.ownerKind | t }}</span>
                </td>
              }
              <td>{{ l.type }}</td>
              <td class="nowrap mono">{{ l.number }}</td>
              <td class="nowrap">{{ l.validFrom | localDate }}</td>
              <td class="nowrap">{{ l.validTo | localDate }}</td>
              <td class="num nowrap" data-testid="licence-days">
                {{
                  l.daysLeft < 0 ? ('sup.licence.expiredDays' | t: { n: -l.daysLeft }) : ('sup.licence.daysLeftN' | t: { n: l.daysLeft })
                }}
              </td>
              <td>
                @if (l.alert) {
                  <span [class]="'chip al-' + l.alert" data-testid="licence-alert">{{ alertKey(l.alert) | t }}</span>
                } @else {
                  <span class="chip al-ok">{{ 'sup.licence.alert.ok' | t }}</span>
                }
              </td>
              <td class="scan">
                @if (l.hasFile) {
                  <a
                    [href]="'/api/licences/' + l.id + '/file'"
                    target="_blank"
                    rel="noopener"
                    [title]="l.fileName ?? ''"
                    data-testid="licence-download"
                  >
                    <mat-icon inline>description</mat-icon> {{ 'sup.licence.scan.download' | t }}
                  </a>
                } @else {
                  <span class="muted">{{ 'sup.licence.scan.none' | t }}</span>
                }
                @if (canWrite() && l.replacedById === null && l.alert) {
                  <button type="button" class="link-button" (click)="renew.emit(l)" data-testid="licence-renew">
                    <mat-icon inline>autorenew</mat-icon> {{ 'sup.licence.renew' | t }}
                  </button>
                }
                @if (canWrite()) {
                  <label class="upload" [title]="'sup.licence.scan.hint' | t">
                    <mat-icon inline>upload_file</mat-icon> {{ (l.hasFile ? 'sup.licence.scan.replace' : 'sup.licence.scan.upload') | t }}
                    <input type="file" [accept]="accept" (change)="pick(l, $event)" data-testid="licence-upload" />
                  </label>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: [
    AREA_STYLES,
    `
      .mono {
        font-family: monospace;
      }
      /* The scan's actions stand one under the other, so the table fits 1366 px without scrolling sideways. */
      .scan {
        white-space: nowrap;
      }
      .scan a,
      .scan .upload {
        display: flex;
        width: fit-content;
        align-items: center;
        gap: 2px;
        min-height: 32px;
      }
      @media (max-width: 599.98px) {
        .scan a,
        .scan .upload {
          min-height: 44px;
        }
      }
      .scan .link-button {
        display: flex;
        width: fit-content;
        align-items: center;
        gap: 2px;
        min-height: 44px;
        padding: 0;
        border: 0;
        background: none;
        color: var(--mat-sys-primary);
        font: inherit;
        cursor: pointer;
      }
      .upload {
        cursor: pointer;
        color: var(--mat-sys-primary);
        position: relative;
      }
      td.owner {
        min-width: 9em;
      }
      tr.highlight td {
        background: var(--mat-sys-secondary-container);
      }
      tr.highlight td:first-child {
        box-shadow: inset 4px 0 0 var(--mat-sys-primary);
      }
      .upload input {
        position: absolute;
        inset: 0;
        opacity: 0;
        width: 100%;
        cursor: pointer;
      }
    `,
  ],
})
export class LicenceTable {
  readonly licences = input.required<LicenceResponse[]>();
  readonly showOwner = input(false);
  readonly canWrite = input(false);
  /** A row to make stand out (the licence a 提醒中心 link named). */
  readonly highlightId = input<number | null>(null);
  /** A scan picked for a row; the page uploads it and reports the outcome. */
  readonly upload = output<LicenceFilePick>();
  /** 换证 asked for a row (shown on rows that alert). */
  readonly renew = output<LicenceResponse>();
  protected readonly alertKey = alertKey;
  protected readonly accept = LICENCE_FILE_TYPES;

  protected pick(licence: LicenceResponse, event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) this.upload.emit({ licence, file });
  }
}
