import type { PriceCatalogue } from '../pricing/catalogue';
import { calibrationTable } from '../model/evidence-calibration';
import { HOURS_PER_MONTH } from '../model/units';
import { formatNumber } from '../format/format';
import { evidenceCalibrationRows, type EvidenceCalibrationDisplayRow } from './evidence-calibration-rows';

/**
 * The report's "Methodology and limitations" section in plain words: a summary of
 * docs/methodology.md for a reader who will never open the app. Kept as data so the PDF, the HTML
 * and the JSON export say exactly the same thing.
 */
export interface MethodologySection {
  readonly title: string;
  readonly paragraphs: readonly string[];
}

export interface Methodology {
  readonly sections: readonly MethodologySection[];
  readonly limitations: readonly string[];
  /** The ops-effort defaults beside the published evidence (databases per DBA, IDC's RDS uplift, servers per admin …), for standard fleets. */
  readonly calibration: readonly EvidenceCalibrationDisplayRow[];
  /** Where the full method, every default and its source are written down. */
  readonly reference: string;
}

/** Confidence words used on the first page, by the share of simulated runs in which the recommended option is cheapest. */
export const CONFIDENCE_LEVELS = [
  { minShare: 0.9, word: 'high' },
  { minShare: 0.7, word: 'moderate' },
  { minShare: 0, word: 'low' },
] as const;

export function confidenceWord(share: number): 'high' | 'moderate' | 'low' {
  return CONFIDENCE_LEVELS.find((l) => share >= l.minShare)!.word;
}

export function reportMethodology(runs: number, catalogue?: PriceCatalogue): Methodology {
  return {
    sections: [
      {
        title: 'What is compared',
        paragraphs: [
          'Each option runs the same workloads: self-managed on EC2 (or EKS for machine learning), or on the managed services (Amazon RDS, Amazon SageMaker). ' +
            'Every figure in this report comes from one list of cost lines: a quantity, a unit, a unit price and its source. Totals, tables and charts all read those lines; nothing is re-estimated elsewhere.',
          'A cost line is either AWS spend (instances, storage, data transfer, priced from AWS list prices) or engineering time (ops tasks and incidents, priced at loaded labour rates). Taxes, credits, enterprise discounts and the free tier are not included.',
        ],
      },
      {
        title: 'Time and money',
        paragraphs: [
          `A month is ${HOURS_PER_MONTH} hours, the AWS Pricing Calculator convention. Usage-driven quantities (storage, jobs, requests, data) grow by the scenario's monthly growth rate, compounding from month 1; fleet sizes and engineer hours do not grow by themselves.`,
          'The total over the horizon is the sum of every month\'s cost, one-time payments included. The net present value discounts a payment in month m by (1 + r)^(−(m−1)/12) at the scenario\'s annual rate r.',
          'Break-even is the first month in which the option that was cheaper so far becomes the dearer one, by cumulative cost; differences under half a cent count as equal.',
        ],
      },
      {
        title: 'Prices',
        paragraphs: [
          'Prices come from a catalogue: live or cached AWS Price List data when it has been refreshed, otherwise the price snapshot embedded in TCO Studio. Every price carries its source and the date it is valid for (see "Price provenance").',
          'A derived price is not published for that exact item and is computed from a related published rate; it is marked ~ and explained. A price that cannot be found is marked ! and counted as nothing, so the option\'s total is understated by it: the report says so instead of hiding it.',
        ],
      },
      {
        title: 'Operations effort',
        paragraphs: [
          'The people-time each option needs is a list of tasks (patching, backups, failover drills, upgrades, monitoring and on-call, security evidence, ML platform upkeep), each with setup hours and monthly hours, a fixed part per platform plus a part per instance, database, endpoint or person.',
          'The hours are built from published cadences (for example, monthly critical patches under PCI DSS, quarterly recovery tests under CIS Controls) times an hours-per-event assumption stated with each task. Which tasks move to AWS under Amazon RDS follows AWS\'s own responsibility table.',
          'The defaults are checked against published evidence (Forrester\'s databases per DBA, IDC\'s RDS findings, servers per administrator) for several standard fleets: the calibration table below gives each published figure, its scope, the band tested and the model\'s own figure. How the team runs its self-managed platforms (manual, scripted or fully automated) scales the recurring toil tasks; scripted is the default.',
          'Hours are priced at loaded rates: the US median wage of the role (BLS) divided by 2,080 hours, times the BLS ratio of total compensation to wages. These rates are a floor (no office, tools or management overhead); a scenario can set its own.',
        ],
      },
      {
        title: 'Uncertainty',
        paragraphs: [
          `Confidence comes from a Monte Carlo simulation when the scenario gives distributions for its uncertain inputs: ${formatNumber(runs)} runs, each drawing every uncertain input independently, with a fixed seed so the result can be reproduced. The cover reports the share of runs in which the recommended option is the cheapest: 90% or more is called high confidence, 70% to 90% moderate, below 70% low.`,
          'When the scenario gives no distributions, no probability is claimed. Confidence then rests on the sensitivity analysis alone: every input is moved on its own over its range (±25% unless the scenario sets ranges), and the report lists any input whose change alone would make another option cheaper.',
        ],
      },
      {
        title: 'Trade-offs beyond dollars',
        paragraphs: [
          'Who does each operational duty, the control you keep, the effort to leave and the time until production are shown as they are, with their sources. The weighted scorecard turns them into one ranking with the scenario\'s weights; it is shown beside the cost answer, not mixed into it.',
        ],
      },
    ],
    limitations: [
      'Prices are list prices in US dollars without taxes, credits, enterprise discounts or the free tier.',
      'The embedded price snapshot covers every commercial Region from public feeds of mid-2024 to mid-2026 (EC2 Windows and Windows + SQL Server rates only after a refresh from AWS); a price it lacks shows as not found until prices are refreshed from AWS or typed into the scenario.',
      'Ops-effort hours are assumptions built from published cadences, not measurements of your team; incident rates are assumptions too. Replace them with your own where you have them.',
      'EKS bin-packing is one average utilisation gain, not a scheduler simulation. Aurora Serverless, CloudWatch, logs and AWS Support are not modelled; NAT gateways and load balancers only where the self-managed design states them; data transfer for database replication and endpoint traffic only.',
      'Savings Plan discounts are rates you enter; a commitment is sized to month-1 usage.',
      'The simulation samples inputs independently: correlations between inputs are not modelled, and prices carry no uncertainty.',
    ],
    calibration: evidenceCalibrationRows(calibrationTable(catalogue)),
    reference: 'docs/methodology.md (every formula, default and source) and docs/tradeoffs.md (the trade-offs and scorecard) in the TCO Studio repository.',
  };
}
