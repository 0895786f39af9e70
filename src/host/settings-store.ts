import { join } from 'node:path';
import * as z from 'zod';
import type { Settings } from '../contract/host-api';
import { isReportSection, type ReportSection } from '../contract/report-sections';
import { AWS_REGIONS } from '../model/regions';
import { DEFAULT_STALE_AFTER_DAYS, STALE_AFTER_DAYS_RANGE } from '../pricing/price-age';
import { JsonStore } from './json-store';
import { AWS_PROFILE_NAME } from './request-schemas';

const settingsSchema = z.object({
  format: z.literal('tco-studio-settings/1'),
  awsProfile: z.string().regex(AWS_PROFILE_NAME).optional(),
  awsRegion: z.enum(AWS_REGIONS).optional(),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  paper: z.enum(['a4', 'letter']).default('a4'),
  staleAfterDays: z.number().int().min(STALE_AFTER_DAYS_RANGE.min).max(STALE_AFTER_DAYS_RANGE.max).default(DEFAULT_STALE_AFTER_DAYS),
  // A section a later version no longer has is dropped, not a reason to lose every setting.
  sections: z
    .array(z.string())
    .transform((ids) => ids.filter(isReportSection) as ReportSection[])
    .optional(),
  fullReport: z.boolean().optional(),
});

export const DEFAULT_SETTINGS: Settings = { theme: 'system', paper: 'a4', staleAfterDays: DEFAULT_STALE_AFTER_DAYS };

/** User settings (`<user data>/settings.json`): AWS profile and Region, theme, paper size, stale-price threshold, report sections and length. No credentials, ever. */
export class SettingsStore {
  private readonly store: JsonStore<z.infer<typeof settingsSchema>>;

  constructor(userDataDir: string, onProblem?: (message: string) => void) {
    this.store = new JsonStore(join(userDataDir, 'settings.json'), settingsSchema, onProblem);
  }

  get(): Settings {
    const stored = this.store.read();
    if (!stored) return DEFAULT_SETTINGS;
    const { format: _format, ...settings } = stored;
    return settings;
  }

  /** Merges a validated change; an empty profile or Region clears it. */
  update(change: Partial<Settings>): Settings {
    const merged: Record<string, unknown> = { ...this.get() };
    for (const [key, value] of Object.entries(change)) {
      if (value === undefined) continue;
      if (value === '') delete merged[key];
      else merged[key] = value;
    }
    const next = settingsSchema.parse({ ...merged, format: 'tco-studio-settings/1' });
    this.store.write(next);
    const { format: _format, ...settings } = next;
    return settings;
  }
}
