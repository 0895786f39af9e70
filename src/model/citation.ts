/** A published source for a default, with enough detail to find and check it. */
export interface Citation {
  /** Short title, e.g. "BLS Occupational Outlook Handbook: Database Administrators". */
  readonly title: string;
  readonly url: string;
  /** Date or period the figure describes (e.g. "May 2024", "2010-09-30"). */
  readonly date: string;
  /** [P] the publisher's own text; [S] a third party quoting it; [D] arithmetic from cited inputs; [A] a stated assumption. */
  readonly grade: 'P' | 'S' | 'D' | 'A';
}

/** Where a default value comes from and why it has the value it has. */
export interface Provenance {
  readonly citations: readonly Citation[];
  /** One or two sentences: how the number was derived from the citations, or why it was assumed. */
  readonly rationale: string;
}

export const SOURCES = {
  blsDba: {
    title: 'BLS Occupational Outlook Handbook: Database Administrators and Architects (median pay, DBAs $104,620)',
    url: 'https://www.bls.gov/ooh/computer-and-information-technology/database-administrators.htm',
    date: 'May 2024',
    grade: 'P',
  },
  blsSysadmin: {
    title: 'BLS OEWS: Network and Computer Systems Administrators (median pay $96,800), as cited by candidcreative.ca',
    url: 'https://candidcreative.ca/kb/pre-cloud-sysadmin-wages-bls-2024',
    date: 'May 2024',
    grade: 'S',
  },
  blsSoftwareDev: {
    title: 'BLS OOH: Software Developers (median pay $133,080), as cited by a BLS summary',
    url: 'https://www.bls.gov/ooh/computer-and-information-technology/software-developers.htm',
    date: 'May 2024',
    grade: 'S',
  },
  blsDataScientist: {
    title: 'BLS OOH: Data Scientists (median pay $112,590), as cited by startrightcareers.com',
    url: 'https://www.startrightcareers.com/occupation/data-scientists',
    date: 'May 2024',
    grade: 'S',
  },
  blsEcec: {
    title: 'BLS Employer Costs for Employee Compensation, private industry: $44.67 total per hour worked, $31.47 wages',
    url: 'https://www.bls.gov/news.release/ecec.nr0.htm',
    date: 'December 2024 (released 2025-03-14)',
    grade: 'P',
  },
  awsRdsResponsibility: {
    title: 'Amazon RDS User Guide, "What is Amazon RDS?": who does each task on EC2 vs RDS',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Welcome.html',
    date: 'read 2026-11',
    grade: 'P',
  },
  forresterDbaRatio: {
    title: 'Forrester (N. Yuhanna), "How Many DBAs Do You Need To Support Databases?": 40 databases per DBA on average (range 8–275)',
    url: 'http://blogs.forrester.com/noel_yuhanna/10-09-30-how_many_dbas_do_you_need_support_databases',
    date: '2010-09-30',
    grade: 'P',
  },
  idcRds: {
    title: 'IDC (sponsored by AWS), "Amazon RDS Delivers Enhanced Database Performance at Lower Total Cost": 60% more databases per DBA',
    url: 'https://docslib.org/doc/5058478/amazon-relational-database-service-delivers-enhanced-database-performance-at-lower-total-cost',
    date: 'March 2020',
    grade: 'P',
  },
  serversPerAdmin: {
    title: 'Gartner via Computerworld and IDC: 15 physical ≈ 75 virtual servers per admin; SMB average 30:1 physical, 80:1 virtual',
    url: 'https://itbenchmark.wordpress.com/page/2/',
    date: '2010-07-09',
    grade: 'S',
  },
  metaGroupRatio: {
    title: 'META Group via ZDNet Tech Update: most IT organisations run 10:1 to 20:1 servers per sysadmin',
    url: 'http://techupdate.zdnet.com/techupdate/stories/main/0,14179,2846915-2,00.html',
    date: '2002-02-11',
    grade: 'P',
  },
  sreOnCall: {
    title: 'Google SRE book, ch. 11 "Being On-Call": about 6 hours per incident including root-cause analysis, remediation and follow-up',
    url: 'https://sre.google/sre-book/being-on-call/',
    date: '2016',
    grade: 'P',
  },
  sreToil: {
    title: 'Google SRE book, ch. 5 "Eliminating Toil": keep operational work below 50% of an SRE\'s time',
    url: 'https://sre.google/sre-book/eliminating-toil/',
    date: '2016',
    grade: 'P',
  },
  postgresVersioning: {
    title: 'PostgreSQL versioning policy: minor releases at least every three months; each major version supported for 5 years',
    url: 'https://www.postgresql.org/support/versioning/',
    date: 'read 2026-11',
    grade: 'P',
  },
  pciPatching: {
    title: 'PCI DSS v4.0 requirement 6.3.3: critical security patches installed within one month of release',
    url: 'https://docs-prv.pcisecuritystandards.org/PCI%20DSS/Standard/PCI-DSS-v4_0.pdf',
    date: 'March 2022',
    grade: 'P',
  },
  cisRecoveryTest: {
    title: 'CIS Critical Security Controls v8, safeguard 11.5 "Test Data Recovery": test backup recovery at least quarterly',
    url: 'https://www.cisecurity.org/controls/data-recovery',
    date: '2021-05',
    grade: 'P',
  },
  awsEksPlatformTime: {
    title: 'AWS agent-toolkit startup guidance (EKS): "Platform engineering time: 20-40% of one engineer\'s bandwidth" for maintenance, upgrades, RBAC, networking',
    url: 'https://raw.githubusercontent.com/aws/agent-toolkit-for-aws/main/plugins/aws-startup-advisor/skills/architect-for-startups/references/eks.md',
    date: 'read 2026-11',
    grade: 'P',
  },
  eksVersionLifecycle: {
    title: 'Amazon EKS Kubernetes version lifecycle: 14 months of standard support per minor version; Kubernetes ships about three minor versions a year',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html',
    date: 'read 2026-11',
    grade: 'P',
  },
  sagemakerTco: {
    title: 'AWS whitepaper "Amazon SageMaker Total Cost of Ownership": cost components operational, security & compliance, infrastructure',
    url: 'https://pages.awscloud.com/rs/112-TZM-766/images/Amazon_SageMaker_TCO_uf.pdf',
    date: '2020',
    grade: 'P',
  },
  awsSla: {
    title: 'AWS service level agreements: Amazon RDS Multi-AZ 99.95% monthly uptime; EC2 instance-level 99.5%',
    url: 'https://aws.amazon.com/rds/sla/',
    date: 'read 2026-11',
    grade: 'P',
  },
  modelAssumption: {
    title: 'TCO Studio modelling assumption (see docs/methodology.md); override it in the scenario',
    url: 'docs/methodology.md',
    date: '2026-11',
    grade: 'A',
  },
} as const satisfies Record<string, Citation>;
