import { isAbsolute } from 'node:path';
import * as z from 'zod';
import type { TcoApi, TcoApiCall } from '../contract/host-api';
import { MAX_SCENARIO_BYTES, MAX_SCENARIO_CHARS } from '../contract/limits';
import { REPORT_SECTION_IDS } from '../contract/report-sections';
import { AWS_REGIONS } from '../model/regions';
import { STALE_AFTER_DAYS_RANGE } from '../pricing/price-age';
import { DOCUMENT_VERSION } from './document-version';
import { MAX_PATH_CHARS, MAX_URL_CHARS } from './limits';

/** The argument of a call as the contract types it (undefined for calls that take none). */
export type RequestOf<K extends TcoApiCall> = Parameters<TcoApi[K]> extends [] ? undefined : Parameters<TcoApi[K]>[0];

const absolutePath = z
  .string()
  .min(1)
  .max(MAX_PATH_CHARS)
  .refine((p) => !p.includes('\0') && isAbsolute(p), 'must be an absolute file path');
// Characters first (cheap, and the message users know), then UTF-8 bytes: a text saved must open again.
const scenarioText = z
  .string()
  .max(MAX_SCENARIO_CHARS)
  .refine((t) => Buffer.byteLength(t, 'utf8') <= MAX_SCENARIO_BYTES, `must be at most ${MAX_SCENARIO_BYTES} bytes of UTF-8`);
const region = z.enum(AWS_REGIONS);
/** AWS CLI profile names in practice: letters, digits and a few separators (no paths, no spaces). */
export const AWS_PROFILE_NAME = /^[A-Za-z0-9_.+=,@-]{1,128}$/;
const profileName = z.string().regex(AWS_PROFILE_NAME, 'must be an AWS profile name (letters, digits, _ . + = , @ -)');
const months = z.number().int().min(1).max(12);
/** Report section ids (an unknown one is refused with the list of valid ones); each at most once. */
const reportSections = z
  .array(z.enum(REPORT_SECTION_IDS))
  .max(REPORT_SECTION_IDS.length)
  .refine((ids) => new Set(ids).size === ids.length, 'must name each section at most once');

/** Calls without an argument accept nothing, null (JSON) or an empty object. */
const noArgument = z.union([z.undefined(), z.null(), z.strictObject({})]).transform(() => undefined);

/**
 * The shape of every argument the renderer may send, one schema per call. Objects are strict:
 * an unknown field is an error, not something silently ignored.
 */
export const REQUEST_SCHEMAS: { readonly [K in TcoApiCall]: z.ZodType<RequestOf<K>, unknown> } = {
  appInfo: noArgument,
  openScenario: z.strictObject({ path: absolutePath.optional() }),
  openExample: z.strictObject({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/, 'must be an example id (lower-case letters, digits and dashes)') }),
  saveScenario: z.strictObject({
    text: scenarioText,
    path: absolutePath.optional(),
    saveAs: z.boolean().optional(),
    expectedVersion: z.string().regex(DOCUMENT_VERSION, 'must be a version returned by openScenario or saveScenario').optional(),
    force: z.boolean().optional(),
  }),
  listRecent: noArgument,
  autosave: z.strictObject({ text: scenarioText, path: absolutePath.optional() }),
  getRecovery: noArgument,
  clearRecovery: noArgument,
  setDocumentState: z.strictObject({ title: z.string().max(300), dirty: z.boolean() }),
  pricesStatus: noArgument,
  regionPrices: z.strictObject({ region }),
  refreshPrices: z.strictObject({ region, profile: profileName.optional(), full: z.boolean().optional(), scenarioText: scenarioText.optional() }),
  cancelRefresh: noArgument,
  planCostImport: z.strictObject({ months }),
  importCosts: z.strictObject({ months, profile: profileName.optional(), confirmed: z.boolean() }),
  exportReport: z.strictObject({
    format: z.enum(['pdf', 'html', 'csv', 'json', 'xlsx']),
    scenarioText,
    variant: z.string().min(1).max(200).optional(),
    paper: z.enum(['a4', 'letter']).optional(),
    sections: reportSections.optional(),
    full: z.boolean().optional(),
    path: absolutePath.optional(),
  }),
  revealExport: z.strictObject({ path: absolutePath, action: z.enum(['open', 'folder']) }),
  getSettings: noArgument,
  // An empty string clears the profile or Region: JSON over HTTP cannot carry `undefined`.
  setSettings: z.strictObject({
    awsProfile: z.union([z.literal(''), profileName]).optional(),
    awsRegion: z.union([z.literal(''), region]).optional(),
    theme: z.enum(['system', 'light', 'dark']).optional(),
    paper: z.enum(['a4', 'letter']).optional(),
    staleAfterDays: z.number().int().min(STALE_AFTER_DAYS_RANGE.min).max(STALE_AFTER_DAYS_RANGE.max).optional(),
    sections: reportSections.optional(),
    fullReport: z.boolean().optional(),
  }),
  openExternal: z.strictObject({ url: z.string().min(1).max(MAX_URL_CHARS) }),
};
