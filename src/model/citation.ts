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
  rdsSla: {
    title: 'Amazon RDS Service Level Agreement: Multi-AZ DB instances and clusters 99.95% monthly uptime; Single-DB instances 99.5% instance-level uptime',
    url: 'https://aws.amazon.com/rds/sla/',
    date: 'last updated 2024-01-22, read 2026-12-02 (stored copy of the page)',
    grade: 'P',
  },
  computeSla: {
    title: 'Amazon Compute Service Level Agreement: EC2 region-level 99.99% (instances across two or more AZs), instance-level 99.5%',
    url: 'https://aws.amazon.com/compute/sla/',
    date: 'read 2026-12-02 (stored copies of the page and its prior versions)',
    grade: 'P',
  },
  rdsMultiAzFailover: {
    title: 'Amazon RDS User Guide, "Failing over a Multi-AZ DB instance": failover times are typically 60–120 seconds; RDS fails over automatically, without administrative intervention',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.Failover.html',
    date: 'read 2026-12-02 (stored copy of the page)',
    grade: 'P',
  },
  rdsMultiAzClusterFailover: {
    title: 'Amazon RDS User Guide, "Failing over a Multi-AZ DB cluster": failover times are typically under 35 seconds',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/multi-az-db-clusters-concepts-failover.html',
    date: 'read 2026-12-02 (stored copy of the page)',
    grade: 'P',
  },
  auroraFailover: {
    title: 'Amazon Aurora User Guide, "Fault tolerance for an Aurora DB cluster": with an Aurora Replica, service is typically restored in less than 60 seconds, and often less than 30 seconds',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html#Aurora.Managing.FaultTolerance',
    date: 'read 2026-12-02 (stored copy of the page)',
    grade: 'P',
  },
  auroraPricing: {
    title:
      'Amazon Aurora pricing: instance-hours per class; Aurora Standard storage per GB-month plus I/O per million requests; Aurora I/O-Optimized with higher instance and storage rates and no I/O charge; backup storage up to 100% of the cluster\'s storage free',
    url: 'https://aws.amazon.com/rds/aurora/pricing/',
    date: 'read 2026-12-02 (stored copy of the page)',
    grade: 'P',
  },
  auroraBilling: {
    title: 'Amazon Aurora User Guide, "DB instance billing for Aurora": instance-hours, storage per GiB-month, I/O per million requests (Aurora Standard only), backup storage per GiB-month',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/User_DBInstanceBilling.html',
    date: 'read 2026-12-02 (stored copy of the page)',
    grade: 'P',
  },
  auroraStorage: {
    title:
      'Amazon Aurora User Guide, "Amazon Aurora storage": one cluster volume shared by every instance, copied across three Availability Zones whatever the instance count, growing automatically with the data',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Overview.StorageReliability.html',
    date: 'read 2026-12-02 (stored copy of the page)',
    grade: 'P',
  },
  auroraHighAvailability: {
    title:
      'Amazon Aurora User Guide, "High availability for Aurora": a cluster is made Multi-AZ by adding an Aurora Replica in another Availability Zone; up to 15 replicas; a replica takes over as primary on failover',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html',
    date: 'read 2026-12-02 (stored copy of the page)',
    grade: 'P',
  },
  sagemakerTcoHeadline: {
    title:
      'AWS whitepaper "Amazon SageMaker Total Cost of Ownership (TCO)" (4-scenario edition: small, medium, large, extra-large business): SageMaker\'s three-year TCO "can be over 54% lower" than self-managed EC2 and EKS; "Teams of all sizes benefit from significantly lower TCO" (AWS-authored)',
    url: 'https://docslib.org/doc/5346709/amazon-sagemaker-total-cost-of-ownership-tco',
    date: '2020 (read 2026-12 in a full-text copy, first pages only)',
    grade: 'P',
  },
  z2jhOptimization: {
    title:
      'Zero to JupyterHub with Kubernetes, "Optimizations": the user scheduler packs users tight on some nodes so others empty and scale down; idle servers are culled; user resource requests let several users share a node',
    url: 'https://z2jh.jupyter.org/en/0.10.x/administrator/optimization.html',
    date: 'read 2026-12',
    grade: 'P',
  },
  karpenterConsolidation: {
    title:
      'Anthropic at AWS re:Invent 2023, as reported by The Stack: "a 40% cost reduction over using on-demand instances" year over year from Karpenter\'s flexible instance types and spot on Amazon EKS (bin-packing, consolidation and spot together)',
    url: 'https://thestack.technology/aws-anthropic-cloud-bill-eks-karpenter/',
    date: '2023-12 (read 2026-12)',
    grade: 'S',
  },
  castAiKubernetesBenchmark: {
    title:
      'CAST AI Kubernetes Cost Benchmark Report (2,000–4,000 clusters on AWS, GCP, Azure), as reported by Cloud Native Now: clusters use on average 13% of provisioned CPU and 20% of memory (2023), 10% and 23% in the 2025 edition',
    url: 'https://cloudnativenow.com/features/cast-ai-report-surfaces-massive-kubernetes-cloud-infrastructure-waste',
    date: '2024-03 (read 2026-12)',
    grade: 'S',
  },
  cisRecoverySampling: {
    title: 'CIS Critical Security Controls v8, safeguard 11.5 "Test Data Recovery": "Test backup recovery quarterly, or more frequently, for a sampling of in-scope enterprise assets"',
    url: 'https://www.cisecurity.org/controls/data-recovery',
    date: '2021-05',
    grade: 'P',
  },
  stateOfDevops2017: {
    title: 'Puppet and DORA, 2017 State of DevOps Report, as summarised by M. Rook: high performers automate significantly more work and spend 26% less time on unplanned work and rework',
    url: 'https://michielrook.nl/?p=694',
    date: '2017-06',
    grade: 'S',
  },
  idcAivenDba: {
    title: 'IDC (sponsored by Aiven), "The Business Value of Aiven Data Cloud" (doc #48198621), as cited by Aiven: 95% more databases per DBA; 37% lower three-year cost of operations',
    url: 'https://aiven.io/blog/aiven-cloud-data-services-bring-340-three-year-roi',
    date: 'August 2021',
    grade: 'S',
  },
  idcRdsCostOfOperations: {
    title: 'IDC (sponsored by AWS), "Amazon RDS Delivers Enhanced Database Performance at Lower Total Cost", Business Value Highlights: 39% lower three-year cost of operations; 37% more efficient DBA teams; 60% more databases per DBA (against customers\' prior environments)',
    url: 'https://docslib.org/doc/5058478/amazon-relational-database-service-delivers-enhanced-database-performance-at-lower-total-cost',
    date: 'March 2020',
    grade: 'P',
  },
  modelAssumption: {
    title: 'TCO Studio modelling assumption (see docs/methodology.md); override it in the scenario',
    url: 'docs/methodology.md',
    date: '2026-11',
    grade: 'A',
  },
  // -------------------------------------------------------------------------------------------
  // Trade-offs beyond dollars (src/tradeoffs, docs/tradeoffs.md). Each page below was read on the
  // date given; where it was read in a copy (the awsdocs GitHub source of the page, or a third
  // party quoting it) the date says so.
  // -------------------------------------------------------------------------------------------
  awsSharedResponsibilityModel: {
    title:
      'AWS whitepaper "AWS Risk and Compliance", Shared responsibility model: AWS operates the host OS and virtualization layer down to the facilities; the customer manages the guest OS (updates and security patches), application software and the security group firewall',
    url: 'https://docs.aws.amazon.com/whitepapers/latest/aws-risk-and-compliance/shared-responsibility-model.html',
    date: 'read 2026-11-26 (stored copy of the page)',
    grade: 'P',
  },
  rdsPostgresql: {
    title: 'Amazon RDS User Guide, "Amazon RDS for PostgreSQL": versions from the list RDS supports; no host (SSH) access; restricted system procedures and tables',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_PostgreSQL.html',
    date: 'read 2026-11-26 (awsdocs GitHub source)',
    grade: 'P',
  },
  rdsEncryption: {
    title: 'Amazon RDS User Guide, "Encrypting Amazon RDS resources": you choose the AWS managed key or a customer managed KMS key; the key cannot be changed after creation',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
    date: 'read 2026-11-26 (awsdocs GitHub source)',
    grade: 'P',
  },
  rdsBlueGreen: {
    title: 'Amazon RDS User Guide, "Blue/Green Deployments": a synchronized staging copy to test upgrades, then switch over (engine support listed per engine)',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.RDS_Fea_Regions_DB-eng.Feature.BlueGreenDeployments.html',
    date: 'read 2026-11-26 (awsdocs GitHub source; that version listed MySQL and MariaDB only)',
    grade: 'P',
  },
  rdsPostgresImport: {
    title: 'Amazon RDS User Guide, "Importing data into PostgreSQL on Amazon RDS": native PostgreSQL tools for homogeneous migrations, AWS DMS otherwise',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Procedural.Importing.html',
    date: 'read 2026-11-26 (awsdocs GitHub source)',
    grade: 'P',
  },
  rdsMysqlExternalReplication: {
    title: 'Amazon RDS User Guide, "Configuring binary log file position replication with an external source instance": replication to or from a MySQL/MariaDB outside RDS, through RDS-specific mysql.rds_* procedures',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MySQL.Procedural.Importing.External.ReplMariaDB.html',
    date: 'read 2026-11-26 (awsdocs GitHub source)',
    grade: 'P',
  },
  eksSharedResponsibility: {
    title:
      'Amazon EKS User Guide, "Amazon EKS Shared Responsibility Model": AWS runs the Kubernetes control plane (control plane nodes, etcd); you own data-plane security groups, worker-node configuration, the worker guest OS (updates and security patches), network controls and platform IAM',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/security.html',
    date: 'read 2026-11-26 (awsdocs GitHub source, doc_source/shared-responsibilty.md)',
    grade: 'P',
  },
  eksReliability: {
    title:
      'Amazon EKS Best Practices Guide, Reliability: AWS is responsible for the reliability of the control plane (three AZs); data-plane reliability is shared, and the more AWS-managed the data plane, the less you own',
    url: 'https://docs.aws.amazon.com/eks/latest/best-practices/reliability.html',
    date: 'read 2026-11-26',
    grade: 'P',
  },
  eksManagedNodeGroups: {
    title:
      'Amazon EKS User Guide, "Managed node groups": EKS builds patched EKS-optimized AMIs, you deploy them; custom AMIs and launch templates allowed; nodes tagged for the Kubernetes Cluster Autoscaler; any EC2 instance types',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html',
    date: 'read 2026-11-26 (awsdocs GitHub source)',
    grade: 'P',
  },
  eksApiOverview: {
    title:
      'Amazon EKS API Reference, overview: applications on EKS are fully compatible with any standard Kubernetes environment; EKS integrates with Elastic Load Balancing, IAM and Amazon VPC',
    url: 'https://docs.aws.amazon.com/eks/latest/APIReference/Welcome.html',
    date: 'read 2026-11-26 (the same text as reproduced in the AWS SDK service description)',
    grade: 'P',
  },
  sagemakerNotebookUpdates: {
    title: 'Amazon SageMaker Developer Guide, "Notebook Instance Software Updates": SageMaker releases OS and security patches but does not update a notebook instance in service; you stop and restart it',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-software-updates.html',
    date: 'read 2026-11-26 (awsdocs GitHub source)',
    grade: 'P',
  },
  sagemakerStudioUpdates: {
    title: 'Amazon SageMaker Developer Guide, "Shut Down and Update SageMaker Studio and Studio Apps": SageMaker does not update Studio apps while they are in service',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/studio-tasks-update.html',
    date: 'read 2026-11-26 (awsdocs GitHub source)',
    grade: 'P',
  },
  sagemakerNotebookRootAccess: {
    title: 'Amazon SageMaker Developer Guide, "Control Root Access to a Notebook Instance": root access on by default, can be disabled',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html',
    date: 'read 2026-11-26 (awsdocs GitHub source)',
    grade: 'P',
  },
  sagemakerTraining: {
    title: 'Amazon SageMaker Developer Guide, "Train a Model": training runs on ML compute instances managed by SageMaker; artefacts are saved to the S3 bucket you name',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/how-it-works-training.html',
    date: 'read 2026-11-26 (awsdocs GitHub source)',
    grade: 'P',
  },
  sagemakerTrainingOutput: {
    title: 'Amazon SageMaker Developer Guide, "How Amazon SageMaker Processes Training Output": the container writes to /opt/ml/model; SageMaker uploads it to S3 as one compressed tar file',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms-training-algo-output.html',
    date: 'read 2026-11-26 (awsdocs GitHub source)',
    grade: 'P',
  },
  sagemakerProcessing: {
    title: 'Amazon SageMaker Developer Guide, "Process Data and Evaluate Models": the infrastructure of a Processing job is fully managed, provisioned for the job and cleaned up after it',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/processing-job.html',
    date: 'read 2026-11-26 (awsdocs GitHub source)',
    grade: 'P',
  },
  sagemakerRealtimeEndpoints: {
    title: 'Amazon SageMaker Developer Guide, "Real-time Inference": fully managed endpoints that support autoscaling and can be deployed in multiple Availability Zones',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/realtime-endpoints.html',
    date: 'read 2026-11-26 (awsdocs GitHub source)',
    grade: 'P',
  },
  securityHubSageMaker4: {
    title:
      'AWS Security Hub control SageMaker.4: production variants with more than one instance get multi-AZ instance redundancy managed by SageMaker (quoted by a third-party compliance pack)',
    url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html',
    date: 'read 2026-11-26 in turbot/steampipe-mod-aws-compliance (foundational_security_sagemaker_4.md), not on the AWS page itself',
    grade: 'S',
  },
  sagemakerAutoScaling: {
    title: 'Amazon SageMaker Developer Guide, "Automatically Scale Amazon SageMaker Models": you define, load-test and edit scaling policies; SageMaker adds and removes instances',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/endpoint-auto-scaling.html',
    date: 'read 2026-11-26 (awsdocs GitHub source)',
    grade: 'P',
  },
  sagemakerDeploymentGuardrails: {
    title: 'Amazon SageMaker Developer Guide, "Deployment Guardrails": managed blue/green updates (all at once, canary, linear) with auto-rollback',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/deployment-guardrails.html',
    date: 'read 2026-11-26 (awsdocs GitHub source)',
    grade: 'P',
  },
  sagemakerContainers: {
    title: 'Amazon SageMaker Developer Guide, "Use Your Own Algorithms or Models": pre-built framework containers, extended ones, or your own container image',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms.html',
    date: 'read 2026-11-26 (awsdocs GitHub source)',
    grade: 'P',
  },
  sagemakerKeyManagement: {
    title: 'Amazon SageMaker Developer Guide, "Key Management": you can specify KMS keys for S3 and ML volumes; instance OS volumes use an AWS managed key',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/key-management.html',
    date: 'read 2026-11-26 (awsdocs GitHub source)',
    grade: 'P',
  },
  sagemakerInfrastructureSecurity: {
    title: 'Amazon SageMaker Developer Guide, "Infrastructure Security": VPC access for notebooks, training, processing, hosting and batch; internet-free container mode',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/infrastructure-security.html',
    date: 'read 2026-11-26 (awsdocs GitHub source)',
    grade: 'P',
  },
  sagemakerManagedSpot: {
    title: 'Amazon SageMaker Developer Guide, "Managed Spot Training": SageMaker manages Spot interruptions; checkpoints you configure let jobs resume',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/model-managed-spot-training.html',
    date: 'read 2026-11-26 (awsdocs GitHub source)',
    grade: 'P',
  },
  sagemakerDistributedTraining: {
    title: 'Amazon SageMaker Developer Guide, "Distributed Training Libraries": data and model parallel libraries, available only through AWS deep learning containers for TensorFlow, PyTorch and Hugging Face',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/distributed-training.html',
    date: 'read 2026-11-26 (awsdocs GitHub source)',
    grade: 'P',
  },
  sagemakerInstanceTypes: {
    title: 'Amazon SageMaker Developer Guide, "Supported Instance Types and Availability Zones": not every component supports every instance type in every AZ',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/instance-types-az.html',
    date: 'read 2026-11-26 (awsdocs GitHub source)',
    grade: 'P',
  },
} as const satisfies Record<string, Citation>;
